// CRM industry labels vary ("COMPUTER_SOFTWARE", "Computer & Network Security",
// "Hospital & Health Care"); reps write short words ("software", "healthtech").
// Each rule word also matches the CRM phrases that mean the same market.
const ALIASES: Record<string, string[]> = {
  software: ['software', 'saas', 'computer software', 'information technology', 'internet', 'it services'],
  saas: ['saas', 'software', 'software as a service', 'computer software', 'internet'],
  fintech: ['fintech', 'financial technology', 'financial services', 'payments', 'banking', 'insurance technology'],
  security: ['security', 'cybersecurity', 'cyber security', 'computer network security', 'network security', 'information security'],
  cybersecurity: ['security', 'cybersecurity', 'computer network security', 'network security'],
  healthtech: ['healthtech', 'health tech', 'health', 'healthcare', 'hospital health care', 'medical', 'digital health', 'health wellness'],
  'hr tech': ['hr tech', 'hrtech', 'human resources', 'hr', 'staffing', 'recruiting', 'people operations'],
  hrtech: ['hr tech', 'hrtech', 'human resources', 'hr', 'staffing', 'recruiting'],
  logistics: ['logistics', 'supply chain', 'freight', 'transportation', 'shipping'],
  ecommerce: ['ecommerce', 'e commerce', 'retail', 'online retail'],
  edtech: ['edtech', 'education', 'e learning', 'elearning'],
};

export const normaliseIndustry = (s: string): string =>
  ` ${s.toLowerCase().replace(/&/g, ' ').replace(/\band\b/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;

/** The rule word that matches a CRM industry, or null. */
export function matchIndustry(industry: string, ruleWords: readonly string[]): string | null {
  const hay = normaliseIndustry(industry);
  for (const word of ruleWords) {
    const key = normaliseIndustry(word).trim();
    const phrases = [key, ...(ALIASES[key] ?? [])];
    if (phrases.some((p) => hay.includes(normaliseIndustry(p)))) return word;
  }
  return null;
}
