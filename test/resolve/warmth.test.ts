import { describe, it, expect } from 'vitest';
import { findWarmPaths } from '../../src/resolve/warmth.js';
import { titleRank } from '../../src/resolve/title-rank.js';
import { contact } from './helpers.js';

const dana = contact('Dana Lee', 'Northwind Analytics', 'Senior Account Executive', '2024-03-15');
const owen = contact('Owen Hartley', 'Northwind Analytics', 'Software Engineer', '2025-10-02');
const vpNorthwind = contact('Rita Alvarez', 'Northwind Analytics, Inc.', 'VP Finance', '2019-05-01');
const marcus = contact('Marcus Chen', 'Okta', 'Director, Enterprise Sales', '2021-11-08');
const kenji = contact('Kenji Watanabe', 'Okta', 'Staff Software Engineer', '2024-07-25');
const tom = contact('Tom Becker', 'Stripe', 'Engineering Manager', '2022-06-21');
const laura = contact('Laura Kim', 'Stripe', 'Account Executive, Startups', '2024-05-05');
const maya = contact('Maya Goldberg', 'Kestrel Security', 'Director of Marketing', '2025-10-16');
const james = contact('James Whitfield', 'Personio', 'Head of Partnerships UK', '2023-01-30');
const aisha = contact('Aisha Bello', 'Lumen Health', 'Clinical Data Analyst', '2024-08-19');
const marcusNamesake = contact('Marcus Chen', 'Datadog', 'Solutions Engineer', '2020-01-01');
const all = [dana, owen, vpNorthwind, marcus, kenji, tom, laura, maya, james, aisha, marcusNamesake];

describe('findWarmPaths', () => {
  it.each([
    {
      case: 'connections at the company: most senior first, then most recent',
      target: { companyKey: 'northwindanalytics', person: null, previousCompany: null },
      want: [['Rita Alvarez', 'connection_at_company'], ['Dana Lee', 'connection_at_company'], ['Owen Hartley', 'connection_at_company']],
    },
    {
      case: 'the person is a connection (profile still shows the previous employer); others at the new company follow; their old colleagues last',
      target: { companyKey: 'kestrelsecurity', person: 'Marcus Chen', previousCompany: 'Okta' },
      want: [['Marcus Chen', 'person_is_connection'], ['Maya Goldberg', 'connection_at_company'], ['Kenji Watanabe', 'former_colleague']],
    },
    {
      case: 'former colleagues at the previous company',
      target: { companyKey: 'lumenhealth', person: 'Priya Raman', previousCompany: 'Stripe' },
      want: [['Aisha Bello', 'connection_at_company'], ['Tom Becker', 'former_colleague'], ['Laura Kim', 'former_colleague']],
    },
    {
      case: 'a namesake elsewhere is not a connection to this person',
      target: { companyKey: 'canopyhr', person: 'Marcus Chen', previousCompany: 'Personio' },
      want: [['James Whitfield', 'former_colleague']],
    },
    {
      case: 'nobody',
      target: { companyKey: 'brightlinerobotics', person: null, previousCompany: null },
      want: [],
    },
  ])('$case', ({ target, want }) => {
    expect(findWarmPaths(target, all).map((p) => [p.contact, p.relation])).toEqual(want);
  });

  it('writes a detail a rep can act on', () => {
    const [first] = findWarmPaths({ companyKey: 'northwindanalytics', person: null, previousCompany: null }, [dana]);
    expect(first).toEqual({
      contact: 'Dana Lee',
      contactId: dana.id,
      relation: 'connection_at_company',
      degree: 1,
      detail: 'via Dana Lee, 1st (Senior Account Executive at Northwind Analytics)',
    });
    const [former] = findWarmPaths({ companyKey: 'lumenhealth', person: 'Priya Raman', previousCompany: 'Stripe' }, [tom]);
    expect(former!.detail).toBe('via Tom Becker, 1st (Engineering Manager at Stripe; worked alongside Priya Raman at Stripe)');
    const [direct] = findWarmPaths({ companyKey: 'kestrelsecurity', person: 'Marcus Chen', previousCompany: 'Okta' }, [marcus]);
    expect(direct!.detail).toBe('Marcus Chen is your 1st-degree connection (Director, Enterprise Sales at Okta)');
  });

  it('lists each contact once, under the strongest relation', () => {
    const paths = findWarmPaths({ companyKey: 'okta', person: 'Marcus Chen', previousCompany: 'Okta' }, all);
    expect(paths.filter((p) => p.contact === 'Marcus Chen' && p.contactId === marcus.id)).toHaveLength(1);
    expect(new Set(paths.map((p) => p.contactId)).size).toBe(paths.length);
  });
});

describe('titleRank', () => {
  it.each([
    ['Co-Founder & CEO', 0],
    ['Chief Revenue Officer', 0],
    ['VP Sales', 1],
    ['Senior Vice President, Marketing', 1],
    ['Head of Partnerships UK', 2],
    ['Chief of Staff', 2],
    ['Director, Enterprise Sales', 3],
    ['Senior Manager, People Operations', 4],
    ['Senior Account Executive', 5],
    ['Software Engineer', 6],
    ['Product Owner', 6],
    ['Partner', 2],
    ['Partner at Index Ventures', 2],
    ['Partner Marketing Manager', 4],
    ['Executive Assistant to the CEO', 7],
    [null, 8],
  ])('%s → %i', (title, rank) => expect(titleRank(title)).toBe(rank));
});
