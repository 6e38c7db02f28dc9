import { type Progress, progressPercent } from './dashboardModel.js';

/** A thin bar of sections with content; screen readers hear the percentage and what it counts. */
export function ProgressBar({ progress, label }: { progress: Progress; label: string }) {
  const percent = progressPercent(progress);
  return (
    <div
      className={`progress-bar${progress.total > 0 && progress.withContent === progress.total ? ' progress-bar--done' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${progress.withContent}/${progress.total} mục đã có nội dung`}
    >
      {/* A sliver even at a few percent, so a start shows. */}
      <div className="progress-bar__fill" style={{ width: progress.withContent === 0 ? 0 : `max(${percent}%, 4px)` }} />
    </div>
  );
}
