import { useEffect, useState } from 'react';
import type { PermissionName } from '../shared/inbox/staff-wire';
import type { Me } from './api';

/** The inbox's sections, each shown only to roles whose permissions include the one it needs. */
export const SECTIONS = [
  { id: 'ratings', permission: 'ratings:read' },
  { id: 'advocate-requests', permission: 'advocate-requests:read' },
  { id: 'messages', permission: 'messages:read' },
  { id: 'talk-requests', permission: 'talk-requests:read' },
  { id: 'comments', permission: 'comments:read' },
  { id: 'export', permission: 'export:read' },
  { id: 'quotes', permission: 'quotes:approve' },
  { id: 'you-said-we-did', permission: 'you-said-we-did:manage' },
  { id: 'word-lists', permission: 'redaction-lists:manage' },
  { id: 'staff', permission: 'staff:manage' },
  { id: 'audit', permission: 'audit:read' },
] as const satisfies readonly { id: string; permission: PermissionName }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The sections this person may see, in nav order; the first is where they land. */
export function sectionsFor(me: Me): SectionId[] {
  const allowed: SectionId[] = SECTIONS.filter((s) => me.permissions.includes(s.permission)).map((s) => s.id);
  // Facilitators triage the flags ("I want to talk to someone"), so those come first for them.
  if (me.role === 'facilitator' && allowed.includes('talk-requests')) {
    return ['talk-requests', ...allowed.filter((id) => id !== 'talk-requests')];
  }
  return allowed;
}

const readHash = () => decodeURIComponent(window.location.hash.replace(/^#/, ''));

/**
 * A tiny section switch: the section lives in the URL's hash (#messages), so links, the back
 * button and reloads work without a router. A section the role may not see falls back to the first.
 */
export function useSection(allowed: readonly SectionId[]): SectionId | undefined {
  const [hash, setHash] = useState(readHash);
  useEffect(() => {
    const onChange = () => setHash(readHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return allowed.find((id) => id === hash) ?? allowed[0];
}
