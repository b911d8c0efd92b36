// Compiled by types.test.mjs with `tsc --noEmit --strict`: the package's types describe its API.
import init, {
  validate, validateField, dueDate, isWorkday, addWorkdays, workdaysBetween, describeItem,
  Engine, version,
  type DisclosureRecord, type Report, type Finding, type DueDate, type EngineConfig,
  type GongkaiError, type ItemDescription, type ScreenResult, type PlanReport, type Obligation,
  type ErrorCode,
} from '../pkg/web/gongkai.js';
import initFull, {
  Engine as FullEngine, validateWorkPlan, obligations, entryFromDecision,
  type BlacklistEntry,
} from '../pkg/full/web/gongkai.js';
import initCatalogue, {
  checkCatalogue, baselineCatalogue, Engine as CatalogueEngine, validate as validateToo,
  readCatalogue, checkCatalogueFile,
  type CatalogueReport, type CatalogueOptions, type Catalogue, type CatalogueRow, type BaselineRow,
  type CatalogueRowMatch, type CatalogueRead, type CatalogueFileReport, type CatalogueNote,
} from '../pkg/catalogue/web/gongkai.js';
import initNotice, {
  validateNotice, validate as validateInNotice,
  type NoticeReport, type NoticeOptions, type NoticeType, type Span,
} from '../pkg/notice/web/gongkai.js';

export async function notices(): Promise<string[]> {
  await initNotice();
  const options: NoticeOptions = { url: 'https://ggzy.example.gov.cn/a/1.html', fetchedOn: '2025-07-02' };
  const report: NoticeReport = validateNotice('云江市财政局行政处罚决定书', options, { lang: 'en' });
  const fromText: NoticeReport = validateNotice('<html><body>公告</body></html>', JSON.stringify(options));
  const type: NoticeType | null = report.notice.type;
  const span: Span = report.evidence[0].span;
  const label: string | null = report.evidence[0].label;
  const where: Span | undefined = report.findings[0]?.span;
  const signed = report.signature ? report.signature.date : '';
  const checked = validateInNotice(report.record, { today: '2025-07-02' });
  return [String(report.ok), type ?? '', String(span[0]), label ?? '', String(where?.[1] ?? 0), signed,
    report.absent.join(), report.notStated.join(), String(fromText.amounts.length), String(checked.ok)];
}

export async function catalogues(): Promise<string[]> {
  await initCatalogue();
  await initFull();
  const options: CatalogueOptions = { domains: ['constructionBidding'], level: 'county' };
  const rows: CatalogueRow[] = [{ level2: '审批核准信息', timeLimit: '信息形成之日起20个工作日内', 序号: 1 }];
  const catalogue: Catalogue = { header: { supervision: '12345' }, rows };
  const report: CatalogueReport = checkCatalogue(catalogue, options, { lang: 'en' });
  const fromRows: CatalogueReport = checkCatalogue(rows, JSON.stringify(options));
  const match: CatalogueRowMatch = report.rows[0];
  const baseline: BaselineRow[] = baselineCatalogue({ domains: ['housing'], level: 'township' });
  const again: CatalogueReport = new CatalogueEngine(undefined).checkCatalogue(baseline, options);
  const lean: BaselineRow[] = new CatalogueEngine(undefined).baselineCatalogue(options);
  const checked = validateToo({ id: '1', domain: 'housing', item: 'housingAllocationResult', title: 't',
    responsibleBody: { name: 'b' }, formedOn: '2024-07-01', status: 'pending' }, { today: '2024-07-10' });
  const entry: BlacklistEntry = entryFromDecision('{}', { lang: 'zh-CN' });
  const subject = entry.subject.kind === 'person' ? entry.subject.idNumber : entry.subject.creditCode ?? '';
  return [String(report.ok), match.items[0] ?? '', String(fromRows.findings.length), baseline[0].basis,
    String(again.ok), lean[0].timeLimit, String(checked.ok), entry.listedOn, subject,
    String(entry.ban?.months ?? 0), report.findings[0]?.code ?? ''];
}

export async function catalogueFiles(bytes: Uint8Array): Promise<string[]> {
  await initCatalogue();
  const read: CatalogueRead = readCatalogue(bytes, '目录.xlsx');
  const again: CatalogueRead = readCatalogue(bytes.buffer as ArrayBuffer, '目录.csv', { lang: 'en' });
  const note: CatalogueNote | undefined = read.notes[0];
  const checked: CatalogueFileReport = checkCatalogueFile(bytes, '目录.xlsx', { domains: ['housing'] }, { lang: 'en' });
  const report: CatalogueReport = checkCatalogue(read.catalogue, '{"domains": ["housing"]}');
  const viaEngine: CatalogueFileReport = new CatalogueEngine(undefined).checkCatalogueFile(bytes, 'a.csv', { domains: ['housing'], level: 'village' });
  const at: number = read.sourceRows[0] + read.headingRows[1] + read.blankRows;
  try {
    readCatalogue(new Uint8Array(0), 'a.csv');
  } catch (e) {
    const err = e as GongkaiError;
    const code: ErrorCode = 'catalogue.cell_unreadable';
    return [err.code, code, err.sheet ?? '', String(err.row), String(err.column), err.columnLetter ?? '',
      err.heading ?? '', err.text ?? ''];
  }
  return [read.sheet ?? '', again.headings[0], note?.text ?? '', String(checked.report.ok), String(at),
    report.findings[0]?.code ?? '', viaEngine.catalogue.rows[0]?.level2 ?? '', checked.catalogue.header.supervision ?? ''];
}

export async function demo(): Promise<string[]> {
  await init();
  await initFull();
  const record: DisclosureRecord = {
    id: '1', domain: 'housing', item: 'housingAllocationResult', title: '配租结果',
    responsibleBody: { name: '某局' }, formedOn: '2024-07-01', status: 'pending',
    channels: ['governmentWebsite'], content: { allotteeList: '陈*华 等32户' },
  };
  const report: Report = validate(record, { today: '2024-07-10', lang: 'en' });
  const first: Finding | undefined = report.findings[0];
  const field: Report = validateField(JSON.stringify(record), '/content', { today: '2024-07-10' });
  const due: DueDate = dueDate('GI-26', '2024-07-01', { lang: 'zh-CN' });
  const days: number = workdaysBetween('2024-07-01', due.due);
  const next: string = addWorkdays('2024-09-27', 2);
  const worked: boolean = isWorkday('2024-09-29');
  const config: EngineConfig = { localDaysOff: [{ date: '2025-06-03', name: '市民节' }] };
  const engine = new FullEngine(config);
  const lean = new Engine(config);
  const refused: ErrorCode = 'config.blacklist_unsupported';
  const item: ItemDescription = describeItem('procurementResult');
  const screened: ScreenResult = engine.screen({ name: '某公司', creditCode: '91445400MATJPR1A5A' },
    '2024-09-27', 'governmentProcurement', { lang: 'en' });
  const hit = screened.hits[0];
  const plan: PlanReport = validateWorkPlan({ unit: '某局', domains: ['housing'] });
  const owed: Obligation[] = obligations({ noticeIssued: '2018-06-12', asOf: '2019-03-01',
    filings: [{ department: 'finance', duty: { kind: 'progressReport', year: 2018 }, filedOn: '2019-02-01' }] });
  try {
    engine.isWorkday('2027-01-04');
  } catch (e) {
    const err = e as GongkaiError;
    const decided: ErrorCode = 'decision.facts_missing';
    return [err.code, String(err.year), refused, String(lean.isWorkday('2025-06-03')),
      (err.facts ?? []).join(','), decided];
  }
  return [version(), first?.code ?? '', String(field.ok), String(days), next, String(worked),
    due.explanation.text, item.elements[0].zh, String(first?.explanation?.specialDays.length),
    String(screened.barred), hit?.ban?.end ?? '', String(plan.ok), owed[0]?.status ?? '',
    first?.blacklistHit?.entryId ?? ''];
}
