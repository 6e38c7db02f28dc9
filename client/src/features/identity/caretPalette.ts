/**
 * Caret colours a user can pick from: distinct from each other, dark enough for white label
 * text, and in the `#rrggbb` form CollaborationCaret accepts (it hides any other form).
 */
export const CARET_PALETTE: readonly string[] = ['#c0392b', '#d35400', '#9a7d0a', '#1e8449', '#117a65', '#2471a3', '#6c3483', '#ad1457'];
