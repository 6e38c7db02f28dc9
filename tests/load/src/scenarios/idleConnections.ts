import { closeClients, openClients } from '../client/openClients.js';
import { delay } from '../measure/timeout.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './Scenario.js';
import { withServer } from './withServer.js';

/**
 * Scenario 3: many synced, idle sockets over fewer documents. One socket per document first, so
 * the documents are loaded; then the rest: their RSS growth divided by their number is what one
 * more idle connection costs, apart from its document.
 */
export const idleConnections: Scenario = {
  id: '3',
  title: 'idle connections',
  run: (spec, context) => withServer(spec, context, {}, (target) => runIdleConnections(target, context)),
};

async function runIdleConnections(target: ServerTarget, context: ScenarioContext): Promise<ScenarioResult> {
  const { documents, sockets, settleSeconds } = context.sizes.idleConnections;
  const names = Array.from({ length: documents }, (_, i) => `idle-${i}`);
  await target.createDocuments(names);
  await delay(settleSeconds * 1000);
  const rssEmpty = target.process.rssBytes();

  const first = await openClients(
    target,
    names.map((documentName) => ({ documentName })),
  );
  await delay(settleSeconds * 1000);
  const rssDocuments = target.process.rssBytes();

  const rest = await openClients(
    target,
    Array.from({ length: sockets - documents }, (_, i) => ({ documentName: names[i % documents]! })),
  );
  await delay(settleSeconds * 1000);
  const rssAll = target.process.rssBytes();
  const open = [...first, ...rest].filter((c) => c.isOpen).length;
  closeClients([...first, ...rest]);

  return {
    measurements: [
      { metric: 'RSS per idle connection, beyond its document (KB)', value: (rssAll - rssDocuments) / (sockets - documents) / 1024 },
      { metric: 'RSS per idle connection, all included (KB)', value: (rssAll - rssEmpty) / sockets / 1024 },
      { metric: 'RSS with all connections (MB)', value: rssAll / 2 ** 20 },
    ],
    checks: [{ label: `${sockets} sockets over ${documents} documents`, delivered: open, expected: sockets, converged: open === sockets }],
  };
}
