import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { documentExtensions } from './documentExtensions.js';

let cached: Schema | undefined;

/** The ProseMirror schema built from `documentExtensions()`, for code that works without an editor. */
export function documentSchema(): Schema {
  cached ??= getSchema(documentExtensions());
  return cached;
}
