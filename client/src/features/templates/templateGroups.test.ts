import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../domain/templates/templatesApi.js';
import { groupTemplatesByScope } from './templateGroups.js';

const template = (id: string, scope: string, version = 1): TemplateSummary => ({
  id,
  version,
  title: `${id} v${version}`,
  documentType: 'BÁO CÁO',
  scope: scope as TemplateSummary['scope'],
  source: 'Chỉ thị 35-CT/TW',
  fields: [],
  documentTitle: id,
});

describe('groupTemplatesByScope', () => {
  it('puts chi bộ first, then the ward, then the Front and mass organizations, keeping the server’s order inside each', () => {
    const groups = groupTemplatesByScope([
      template('gop-y-mttq', 'mass_organization'),
      template('bao-cao-phuong', 'ward'),
      template('bao-cao-chi-bo', 'chi_bo'),
      template('nghi-quyet-chi-bo', 'chi_bo'),
    ]);
    expect(groups.map((g) => [g.name, g.templates.map((t) => t.id)])).toEqual([
      ['Chi bộ', ['bao-cao-chi-bo', 'nghi-quyet-chi-bo']],
      ['Đảng bộ phường', ['bao-cao-phuong']],
      ['Mặt trận, đoàn thể', ['gop-y-mttq']],
    ]);
  });

  it('offers only the latest version of a template and files unknown scopes under “Khác”', () => {
    const groups = groupTemplatesByScope([
      template('bao-cao-chi-bo', 'chi_bo', 1),
      template('la', 'district'),
      template('bao-cao-chi-bo', 'chi_bo', 2),
    ]);
    expect(groups.map((g) => [g.name, g.templates.map((t) => t.title)])).toEqual([
      ['Chi bộ', ['bao-cao-chi-bo v2']],
      ['Khác', ['la v1']],
    ]);
  });
});
