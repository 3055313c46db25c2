import type { Account, Contact } from '../../src/types.js';
import { companyKey, personKey } from '../../src/resolve/company-key.js';

let nextId = 1;

/** A contact as the store would return it, from the fields a test cares about. */
export function contact(fullName: string, company: string | null, position: string | null = null, connectedOn: string | null = null): Contact {
  const parts = fullName.split(' ');
  return {
    id: nextId++,
    firstName: parts.slice(0, -1).join(' '),
    lastName: parts[parts.length - 1]!,
    fullName,
    nameKey: personKey(fullName)!,
    email: null,
    company,
    companyKey: companyKey(company),
    position,
    connectedOn,
    url: null,
    source: 'linkedin',
  };
}

export function account(name: string, domain: string | null, over: Partial<Account> = {}): Account {
  return {
    id: nextId++,
    key: companyKey(name)!,
    name,
    domain,
    industry: null,
    employees: null,
    country: null,
    lifecycle: null,
    isCustomer: false,
    source: 'hubspot',
    ...over,
  };
}
