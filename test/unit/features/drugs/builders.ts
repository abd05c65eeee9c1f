// Small typed builders for drug-view tests, so each test states only what it is about.
import type { Drug, Milestone } from '../../../../src/api';

export function hexId(n: number): string {
  return n.toString(16).padStart(32, '0');
}

export function drug(n: number, overrides: Partial<Drug> = {}): Drug {
  return {
    id: hexId(n),
    names: [{ lang: 'EN', name: `Drug ${n}` }, { lang: 'CN', name: `药物${n}` }],
    types: [{ id: hexId(1000 + n), names: [{ lang: 'EN', name: 'Small molecule drug' }] }],
    ...overrides,
  };
}

export function milestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    date: '2025-09-09',
    events: [{ id: hexId(7), names: [{ lang: 'EN', name: 'Approval' }, { lang: 'CN', name: '批准' }] }],
    status: undefined,
    descriptions: [],
    diseases: [{ id: hexId(8), names: [{ lang: 'EN', name: 'Uveitic Macular Edema' }] }],
    countries: [{ id: '0dc5d896-7408-3c87-84c0-22e3d9b784be', alpha2Code: 'US', names: [{ lang: 'EN', name: 'United States' }] }],
    organizations: [{ id: hexId(9), names: [{ lang: 'EN', name: 'Roche Holding AG' }] }],
    tags: [],
    ...overrides,
  };
}
