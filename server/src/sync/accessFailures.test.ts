import { CloseCode, closeReasons, encodeSyncStep1 } from '@van-kien/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Authorizer, ConnectionAccess } from './ConnectionAccess.js';
import { SyncError } from './SyncError.js';
import { FakeSocket } from './testing/FakeSocket.js';
import { InjectedFailure } from './testing/Gate.js';
import { SyncHarness } from './testing/syncHarness.js';
import { textUpdate } from './testing/TestPeer.js';

const emptyStep1 = () => encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));

/**
 * An authorizer whose next answer the test sets: an access, a refusal (a `SyncError`), or a failing
 * account store (any other error), as `syncRoute`'s authorizer would give.
 */
class ScriptedAuthorizer {
  answer: ConnectionAccess | Error = { mode: 'edit' };
  readonly authorize: Authorizer = async () => {
    if (this.answer instanceof Error) throw this.answer;
    return this.answer;
  };
}

describe('a store that fails while access is decided', () => {
  let h: SyncHarness;
  let access: ScriptedAuthorizer;

  beforeEach(async () => {
    h = new SyncHarness();
    access = new ScriptedAuthorizer();
    await h.storage.seed('doc', textUpdate(1, 'Nghị quyết'));
  });

  afterEach(() => h.close());

  /** Connects a socket to 'doc' through a scripted authorizer and asks for the document. */
  function connect(by: ScriptedAuthorizer = access): FakeSocket {
    const socket = new FakeSocket();
    h.server.connect('doc', socket, by.authorize).receive(emptyStep1());
    return socket;
  }

  it('[S-AUTH-6] closes a connecting socket with 4500, not 4422, when the store throws, and logs it', async () => {
    access.answer = new InjectedFailure('database is locked');
    const socket = connect();

    expect(await socket.closed).toEqual({ code: CloseCode.StorageUnavailable, reason: closeReasons[CloseCode.StorageUnavailable] });
    expect(socket.sent).toEqual([]);
    const [logged] = await h.logs.logged('deciding access failed');
    expect(logged).toMatchObject({ level: 'error', documentId: 'doc', err: { message: 'database is locked' } });
  });

  it('[S-AUTH-6] serves the next socket normally once the store answers again', async () => {
    access.answer = new InjectedFailure('database is locked');
    expect((await connect().closed).code).toBe(CloseCode.StorageUnavailable);

    access.answer = { mode: 'edit' };
    const socket = connect();
    await socket.nextFrame('syncStep1');
    expect(socket.closeEvent).toBeUndefined();
  });

  it('[S-AUTH-6][S-AUTH-2] still refuses for good what the authorizer refuses: 4404 and 4401 pass through', async () => {
    access.answer = SyncError.documentNotFound('doc');
    expect((await connect().closed).code).toBe(CloseCode.DocumentNotFound);
    access.answer = new SyncError(CloseCode.Unauthorized, 'sign in required');
    expect((await connect().closed).code).toBe(CloseCode.Unauthorized);
    expect(h.logs.withMessage('deciding access failed')).toEqual([]);
  });

  it('[S-AUTH-6][S-AUTH-5] closes a connection whose recheck fails on the store with 4500, not 4403 access revoked', async () => {
    const socket = connect();
    await socket.nextFrame('syncStep1');

    access.answer = new InjectedFailure('disk I/O error');
    await h.server.recheckAccess();

    expect(socket.closeEvent?.code).toBe(CloseCode.StorageUnavailable);
    expect(h.logs.withMessage('deciding access failed')).toHaveLength(1);
  });

  it('[S-AUTH-5] a recheck that refuses still closes with 4403, and one whose session ended with 4401', async () => {
    const revoked = connect();
    const signedOutAccess = new ScriptedAuthorizer();
    const signedOut = connect(signedOutAccess);
    await Promise.all([revoked.nextFrame('syncStep1'), signedOut.nextFrame('syncStep1')]);

    access.answer = SyncError.documentNotFound('doc');
    signedOutAccess.answer = new SyncError(CloseCode.Unauthorized, 'sign in required');
    await h.server.recheckAccess();

    expect(revoked.closeEvent?.code).toBe(CloseCode.AccessRevoked);
    expect(signedOut.closeEvent?.code).toBe(CloseCode.Unauthorized);
    expect(h.logs.withMessage('deciding access failed')).toEqual([]);
  });
});
