import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ApiData } from '../api/useApiData.js';
import { ApiDataView } from './ApiDataView.js';

function render<T>(state: ApiData<T>, props: { loading?: string; empty?: string } = {}): string {
  // Called as a function: the view has no hooks, and a render function is its child.
  return renderToStaticMarkup(ApiDataView<T>({ state, ...props, children: (data) => `data:${JSON.stringify(data)}` }));
}

describe('ApiDataView', () => {
  it('says it is loading, in its own words when given', () => {
    expect(render({ status: 'loading' })).toBe('<p class="muted">Đang tải…</p>');
    expect(render({ status: 'loading' }, { loading: 'Đang mở lời mời…' })).toBe('<p class="muted">Đang mở lời mời…</p>');
  });

  it('shows a failure as an alert', () => {
    expect(render({ status: 'error', message: 'Không tải được dữ liệu' })).toBe(
      '<p class="form-error" role="alert">Không tải được dữ liệu</p>',
    );
  });

  it('shows the data once it arrived', () => {
    expect(render({ status: 'ready', data: [1, 2] }, { empty: 'Chưa có gì' })).toBe('data:[1,2]');
  });

  it('says a list is empty only when told what to say', () => {
    expect(render({ status: 'ready', data: [] }, { empty: 'Chưa có gì' })).toBe('<p class="muted">Chưa có gì</p>');
    expect(render({ status: 'ready', data: [] })).toBe('data:[]');
  });
});
