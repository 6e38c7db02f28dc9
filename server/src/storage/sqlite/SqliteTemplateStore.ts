import type { Database, Statement } from 'better-sqlite3';
import { parseTemplate, type Template } from '@van-kien/templates';
import type { TemplateStore } from '../../templates/TemplateStore.js';
import { statementCache } from './statementCache.js';

/** `TemplateStore` on the server's SQLite database; templates are kept as validated JSON. */
export class SqliteTemplateStore implements TemplateStore {
  private readonly statement: (sql: string) => Statement;

  constructor(private readonly db: Database) {
    this.statement = statementCache(db);
  }

  async listPublished(): Promise<Template[]> {
    const rows = this.statement('SELECT data FROM templates ORDER BY id, version').all() as { data: string }[];
    return rows.map((row) => parseTemplate(JSON.parse(row.data)));
  }

  async publish(template: Template, publishedBy: string, now: number): Promise<void> {
    this.statement('INSERT INTO templates (id, version, data, published_by, published_at) VALUES (?, ?, ?, ?, ?)')
      .run(template.id, template.version, JSON.stringify(template), publishedBy, now);
  }
}
