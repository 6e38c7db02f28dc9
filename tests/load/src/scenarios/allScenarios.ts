import { browserTyping } from './browserTyping.js';
import { coldOpen } from './coldOpen.js';
import { draftsAndHistory } from './draftsAndHistory.js';
import { hotDocument } from './hotDocument.js';
import { idleConnections } from './idleConnections.js';
import { manyDocuments } from './manyDocuments.js';
import { reconnectStorm } from './reconnectStorm.js';
import type { Scenario } from './Scenario.js';
import { savedAck } from './savedAck.js';
import { traceReplay } from './traceReplay.js';

/** Every scenario, in the order. */
export const allScenarios: readonly Scenario[] = [
  hotDocument,
  manyDocuments,
  idleConnections,
  coldOpen,
  traceReplay,
  savedAck,
  reconnectStorm,
  browserTyping,
  draftsAndHistory,
];
