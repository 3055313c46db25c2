import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/index.js';
import { foreignMoves } from '../../src/extract/moves-foreign.js';

const jobs = (title: string, body = '') =>
  extractEvents({ title, summary: '', content: body, author: null, link: null, published: null, feedKind: null }).filter((e) => e.type === 'job_change');

describe('appointments headlined in other languages', () => {
  it.each([
    ['Amy Holt wird CFO von Microsoft', 'Microsoft', 'Amy Holt', 'CFO'],
    ['Renaud nomme Thierry Bollard directeur général délégué', 'Renaud', 'Thierry Bollard', 'directeur général délégué'],
    ['Iberdrola nombra a Ana Ruiz consejera delegada', 'Iberdrola', 'Ana Ruiz', 'consejera delegada'],
    ['Naturea nomeia João Silva como CEO', 'Naturea', 'João Silva', 'CEO'],
  ])('%s', (title, company, person, office) => {
    expect(jobs(title)).toMatchObject([{ company, person, title: office }]);
  });

  it('reads the German participle last, and a describing noun before the name', () => {
    expect(jobs('Personalie', 'Der Münchner Softwarekonzern Celora hat Stefan Richter zum Chief Financial Officer ernannt. Richter war zuvor bei SAP tätig.'))
      .toMatchObject([{ company: 'Celora', person: 'Stefan Richter', title: 'Chief Financial Officer' }]);
    expect(foreignMoves('Salesforce hat Gavin Patterson zum President und Chief Revenue Officer ernannt.'))
      .toEqual([{ company: 'Salesforce', person: 'Gavin Patterson', title: 'President und Chief Revenue Officer' }]);
  });

  it('reads nothing where no office is named', () => {
    expect(jobs('', 'Der Konzern wird im nächsten Jahr Gewinne machen.')).toEqual([]);
    expect(jobs('', 'Salesforce hat Gavin Patterson gestern in Berlin getroffen.')).toEqual([]);
    expect(jobs('Renaud nomme Thierry Bollard à la tête du jury du festival')).toEqual([]);
  });
});

describe('more languages and shapes', () => {
  it.each([
    ['', 'El consejo de Cementos Laredo ha nombrado a Marcos Celaya consejero delegado en sustitución de Julio Ramos, que ha desempeñado el cargo durante nueve años.', 'Cementos Laredo', 'Marcos Celaya', 'consejero delegado'],
    ['Galindo nombra a Armando Marín nuevo consejero delegado de Iberlux', '', 'Iberlux', 'Armando Marín', 'consejero delegado'],
    ['Nombran a Hiroki Saito como director general de Nissel', '', 'Nissel', 'Hiroki Saito', 'director general'],
    ['', 'Il consiglio di amministrazione di Pininvara ha cooptato Paolo Dellari quale nuovo amministratore delegato e direttore generale, con effetto immediato.', 'Pininvara', 'Paolo Dellari', 'amministratore delegato e direttore generale'],
    ['', 'Volvera utser Håkan Samuelstad till ny vd.', 'Volvera', 'Håkan Samuelstad', 'vd'],
    ['', 'KPX benoemt Joost Farwerda tot nieuwe CEO.', 'KPX', 'Joost Farwerda', 'CEO'],
  ])('%s%s', (title, body, company, person, office) => {
    expect(jobs(title, body)).toMatchObject([{ company, person, title: office }]);
  });
});
