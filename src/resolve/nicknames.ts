// Common English given-name short forms. Each group is one name; a pair of
// first names in the same group is a nickname variant ("Bob" / "Robert").
const GROUPS: readonly string[][] = [
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['richard', 'rick', 'ricky', 'rich', 'dick'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny', 'jon'],
  ['jonathan', 'jon', 'jonny'],
  ['michael', 'mike', 'mikey', 'mick', 'mickey'],
  ['thomas', 'tom', 'tommy'],
  ['joseph', 'joe', 'joey'],
  ['charles', 'charlie', 'chuck', 'chaz'],
  ['christopher', 'chris', 'kit'],
  ['christine', 'christina', 'chris', 'tina', 'chrissy'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy', 'kat'],
  ['margaret', 'maggie', 'meg', 'peggy', 'greta'],
  ['jennifer', 'jen', 'jenny'],
  ['rebecca', 'becky', 'becca'],
  ['susan', 'sue', 'susie', 'suzanne'],
  ['patricia', 'pat', 'patty', 'trish', 'tricia'],
  ['patrick', 'pat', 'paddy'],
  ['alexander', 'alex', 'al', 'sasha', 'xander'],
  ['alexandra', 'alex', 'alexa', 'sasha', 'sandra', 'sandy'],
  ['andrew', 'andy', 'drew'],
  ['anthony', 'tony'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy'],
  ['matthew', 'matt'],
  ['nicholas', 'nick', 'nicky'],
  ['nicole', 'nikki', 'nicky'],
  ['stephen', 'steven', 'steve', 'stevie'],
  ['timothy', 'tim', 'timmy'],
  ['gregory', 'greg'],
  ['jeffrey', 'geoffrey', 'jeff', 'geoff'],
  ['lawrence', 'laurence', 'larry'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['kenneth', 'ken', 'kenny'],
  ['frederick', 'fred', 'freddie'],
  ['henry', 'harry', 'hank'],
  ['abigail', 'abby', 'abbie'],
  ['victoria', 'vicky', 'tori'],
  ['nathaniel', 'nathan', 'nate'],
  ['zachary', 'zach', 'zack'],
  ['joshua', 'josh'],
  ['jacob', 'jake'],
  ['gabriel', 'gabe'],
  ['gabrielle', 'gabby', 'gabi'],
  ['raymond', 'ray'],
  ['peter', 'pete'],
  ['philip', 'phillip', 'phil'],
  ['douglas', 'doug'],
  ['leonard', 'leo', 'len', 'lenny'],
  ['deborah', 'debra', 'deb', 'debbie'],
  ['pamela', 'pam'],
  ['jessica', 'jess', 'jessie'],
  ['melissa', 'mel', 'missy'],
  ['amanda', 'mandy'],
  ['kimberly', 'kim'],
  ['priyanka', 'priya'],
  ['francisco', 'paco', 'pancho', 'frank'],
  ['francis', 'frank', 'frankie'],
  ['jose', 'pepe'],
  ['guadalupe', 'lupe'],
  ['manuel', 'manny', 'manolo'],
  ['dmitry', 'dmitri', 'dima'],
  ['mikhail', 'misha'],
  ['ekaterina', 'katya', 'katia'],
  ['yevgeny', 'evgeny', 'zhenya'],
];

const INDEX = new Map<string, Set<number>>();
GROUPS.forEach((g, i) => {
  for (const n of g) {
    const set = INDEX.get(n) ?? new Set<number>();
    set.add(i);
    INDEX.set(n, set);
  }
});

/** Whether two folded, lower-case first names can be the same person's ("bob" / "robert"). */
export function isNickname(a: string, b: string): boolean {
  if (a === b) return false;
  const ga = INDEX.get(a);
  const gb = INDEX.get(b);
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.has(g)) return true;
  return false;
}
