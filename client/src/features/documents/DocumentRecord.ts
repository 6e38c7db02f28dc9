/** A document as the HTTP API returns it; times are milliseconds since the epoch. */
export interface DocumentRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
}
