import type { ReactNode } from 'react';
import type { ApiData } from '../api/useApiData.js';
import { FormError } from './FormError.js';

interface DataViewProps<T> {
  state: ApiData<T>;
  /** Said while the data loads. */
  loading?: string;
  /** Said in place of `children` when the data is an empty list; nothing is said without it. */
  empty?: string;
  /** What follows the failure's message (what one can do about it). */
  errorDetail?: ReactNode;
  /** The data, once it arrived. */
  children(data: T): ReactNode;
}

/**
 * Data loaded from the API as every list and panel shows it: a muted line while it loads, the
 * failure in Vietnamese (announced to screen readers), then the data, or a line saying the list is empty.
 */
export function ApiDataView<T>({ state, loading = 'Đang tải…', empty, errorDetail, children }: DataViewProps<T>) {
  if (state.status === 'loading') return <p className="muted">{loading}</p>;
  if (state.status === 'error') {
    return (
      <>
        <FormError message={state.message} />
        {errorDetail}
      </>
    );
  }
  if (empty !== undefined && Array.isArray(state.data) && state.data.length === 0) return <p className="muted">{empty}</p>;
  return children(state.data);
}
