import { describe, expect, it } from 'vitest';
import type { Me } from './api';
import { sectionsFor } from './sections';

const me = (role: Me['role'], permissions: Me['permissions']): Me => ({ email: `${role}@example.org`, role, permissions });

describe('sectionsFor', () => {
  it('shows only the sections the permissions allow, in nav order', () => {
    expect(sectionsFor(me('admin', ['ratings:read', 'messages:read', 'talk-requests:read']))).toEqual([
      'ratings',
      'messages',
      'talk-requests',
    ]);
    expect(sectionsFor(me('advocacy-coordinator', ['advocate-requests:read', 'talk-requests:read', 'talk-requests:contact']))).toEqual([
      'advocate-requests',
      'talk-requests',
    ]);
    expect(sectionsFor(me('participation-officer', []))).toEqual([]);
  });

  it('puts talk requests (flags) first for facilitators', () => {
    const permissions: Me['permissions'] = ['ratings:read', 'messages:read', 'talk-requests:read', 'talk-requests:contact'];
    expect(sectionsFor(me('facilitator', permissions))).toEqual(['talk-requests', 'ratings', 'messages']);
  });
});
