import type { ReactNode } from 'react';

/** The frame of the pages one opens before signing in (sign-in, invite): the app's name and one card. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="public-frame">
      <main className="public-frame__card">
        <p className="public-frame__brand">Văn Kiện</p>
        <h1 className="public-frame__title">{title}</h1>
        {children}
      </main>
    </div>
  );
}
