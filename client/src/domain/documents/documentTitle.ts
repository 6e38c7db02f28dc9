import { TitleSchema } from '@van-kien/api';
import { fieldProblem } from '../../api/fieldProblem.js';

/** Why `raw` cannot be a document title, in the server's words, or undefined when it can. */
export function titleProblem(raw: string): string | undefined {
  return fieldProblem(TitleSchema, 'title', raw);
}
