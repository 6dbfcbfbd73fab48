import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, errorChain, isNewerVersionError, needsReopen } from './storage-errors';

const dom = (name: string, message = `${name} happened`) => new DOMException(message, name);
const { AbortError, BulkError, DatabaseClosedError, MissingAPIError, OpenFailedError, QuotaExceededError, UnknownError, VersionChangeError } = Dexie;

describe('classifyStorageError', () => {
  it.each([
    ['a DOMException QuotaExceededError', dom('QuotaExceededError')],
    ["Dexie's own QuotaExceededError wrapping the DOMException", new QuotaExceededError(dom('QuotaExceededError'))],
    ['an aborted transaction whose cause was the quota', new AbortError(dom('QuotaExceededError'))],
    ['a bulkAdd that failed on quota', new BulkError('1 of 2 operations failed', { 1: dom('QuotaExceededError') })],
    ['a quota error as the standard cause', new Error('write failed', { cause: dom('QuotaExceededError') })],
    ['old Firefox', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' }],
    ['a legacy code 22', { name: 'Error', code: 22 }],
    ['a quota wrapped in a closed-database error', new DatabaseClosedError(new AbortError(dom('QuotaExceededError')))],
  ])('quota: %s', (_what, error) => {
    expect(classifyStorageError(error)).toBe('quota');
  });

  it.each([
    ['Dexie.OpenFailedError', new OpenFailedError(dom('UnknownError', 'Internal error.'))],
    ['IndexedDB missing', new MissingAPIError('IndexedDB API missing')],
    ['private mode in Firefox', new OpenFailedError(dom('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.'))],
    ['storage blocked by the browser settings', dom('SecurityError', 'The operation is insecure.')],
    ['a later use after a failed open (DatabaseClosedError wrapping the cause)', new DatabaseClosedError(dom('InvalidStateError', 'A mutation operation was attempted'))],
    ['a newer version on disk', new OpenFailedError(dom('VersionError', 'The requested version (10) is less than the existing version (20).'))],
    ['an upgrade blocked by another tab', { name: 'BlockedError', message: 'Upgrade blocked by another connection' }],
    ["Chrome's backing store that will not open", dom('UnknownError', 'Internal error opening backing store for indexedDB.open.')],
  ])('open-failed: %s', (_what, error) => {
    expect(classifyStorageError(error)).toBe('open-failed');
  });

  it.each([
    ['DatabaseClosedError', new DatabaseClosedError()],
    ['the connection closing (Safari)', dom('InvalidStateError', "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.")],
    ['"connection lost" (Safari)', new UnknownError(dom('UnknownError', 'Connection to Indexed Database server lost. Refresh the page to try again'))],
    ['an UnknownError from a closed backing store', new AbortError(dom('UnknownError', 'The backing store was closed.'))],
    ['a transaction cut short by a version change', new VersionChangeError('Database version changed by other database connection')],
    ['a plain error saying the connection was lost', new Error('IndexedDB connection lost')],
  ])('connection-lost: %s', (_what, error) => {
    expect(classifyStorageError(error)).toBe('connection-lost');
  });

  it.each([
    ['a DataCloneError', dom('DataCloneError')],
    ['a ConstraintError', new Dexie.ConstraintError(dom('ConstraintError'))],
    ['a plain Error', new Error('Something else')],
    ['a string', 'oops'],
    ['undefined', undefined],
    ['null', null],
  ])('other: %s', (_what, error) => {
    expect(classifyStorageError(error)).toBe('other');
  });
});

describe('errorChain', () => {
  it('follows inner, cause and failures, outermost first, and survives loops', () => {
    const root = dom('QuotaExceededError');
    const loop: { name: string; inner?: unknown } = { name: 'Loop' };
    loop.inner = loop;
    const outer = new AbortError(new BulkError('failed', { 0: root, 1: loop as unknown as Error }));
    expect(errorChain(outer).map((node) => node.name)).toEqual(['AbortError', 'BulkError', 'QuotaExceededError', 'Loop']);
  });
});

describe('isNewerVersionError and needsReopen', () => {
  it('spots a VersionError however deeply wrapped, and nothing else', () => {
    expect(isNewerVersionError(new DatabaseClosedError(new OpenFailedError(dom('VersionError'))))).toBe(true);
    expect(isNewerVersionError(new OpenFailedError(dom('UnknownError')))).toBe(false);
    expect(isNewerVersionError(undefined)).toBe(false);
  });

  it('asks for a re-open after an open failure or a lost connection, not after a full disk', () => {
    expect(needsReopen(new DatabaseClosedError())).toBe(true);
    expect(needsReopen(new OpenFailedError(dom('UnknownError')))).toBe(true);
    expect(needsReopen(dom('QuotaExceededError'))).toBe(false);
    expect(needsReopen(new Error('bad payload'))).toBe(false);
  });
});
