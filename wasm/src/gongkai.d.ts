/** A calendar date, `'YYYY-MM-DD'`. */
export type IsoDate = string;
/**
 * A date as a record states it: `YYYY-MM-DD`, with its time of day (`YYYY-MM-DD HH:MM`, `T`
 * allowed for the space, `:SS` optional), or only its month (`YYYY-MM`) or year (`YYYY`). A rule
 * whose answer depends on a day a month or year does not settle reports `rule.not_judged`.
 */
export type StatedDate = string;
/**
 * The day a period counts from or ends on, `'YYYY-MM-DD'`; for a period in hours, the moment
 * (`'YYYY-MM-DD HH:MM'`), or the day alone for an anchor stated without its time.
 */
export type PeriodDate = string;

/** The language of messages and explanations; `'zh-CN'` is the default. */
export type Lang = 'zh-CN' | 'en';

/** Options of `validate` and `validateField`. */
export interface ValidateOptions {
  /** The day the record is judged on: the library never reads a clock. */
  today: IsoDate;
  /** Messages in `'zh-CN'` (default) or `'en'`. */
  lang?: Lang;
  /** A pending record this many working days or fewer from its due date is reported as near
   * its deadline (default 2). */
  nearWorkdays?: number;
}

/** Options of the calendar and due-date functions. */
export interface LangOptions {
  lang?: Lang;
}

export type Domain =
  | 'housing' | 'landUseRights' | 'miningRights' | 'governmentProcurement'
  | 'statePropertyRights' | 'constructionBidding';

/** The information items (公开信息类别): the 37 of 国办发〔2017〕97号 and the notices around them. */
export type ItemKind =
  | 'housingConstructionPlan' | 'housingAnnualPlan' | 'housingPlanProgress'
  | 'housingAllocationPolicy' | 'housingAllocationApplicants' | 'housingAllocationStock'
  | 'housingAllocationProcedure' | 'housingAllocationProcess' | 'housingAllocationResult' | 'housingPenaltyDecision'
  | 'landSupplyPlan' | 'landTransferAnnouncement' | 'landDealPublicity' | 'landSupplyResult'
  | 'landListingSuspension' | 'landAgreementPublicity' | 'landTransferStatement' | 'landPenaltyDecision'
  | 'miningTransferAnnouncement' | 'miningTransferResult' | 'miningRightHolderInformation'
  | 'miningListingSuspension' | 'miningPenaltyDecision'
  | 'procurementAnnouncement' | 'procurementDocuments' | 'procurementBudget'
  | 'procurementResult' | 'procurementContract' | 'procurementComplaintDecision'
  | 'procurementInspectionDecision' | 'procurementAgencyAssessment'
  | 'procurementMisconductRecord' | 'procurementIntention' | 'singleSourcePublicity'
  | 'procurementCorrection' | 'procurementTermination' | 'procurementAcceptance'
  | 'procurementPenaltyDecision'
  | 'propertyDecisionApproval' | 'propertyTransactionProject' | 'propertyTransferPrice'
  | 'propertyDealResult' | 'propertyIntermediaryAudit' | 'propertyLeaseNotice' | 'propertyListingSuspension' | 'propertyPenaltyDecision' | 'propertyDisposalStatement' | 'publicAssetDisposal'
  | 'biddingProjectApproval' | 'biddingAnnouncement' | 'biddingCandidatePublicity'
  | 'biddingAward' | 'biddingContract' | 'biddingComplaintDecision' | 'biddingViolationRecord'
  | 'biddingCorrection' | 'biddingTermination' | 'biddingPenaltyDecision';

export type Status = 'draft' | 'pending' | 'published' | 'withdrawn';

export type Channel =
  | 'governmentWebsite' | 'departmentWebsite' | 'tradingPlatform' | 'ccgp' | 'creditChina'
  | 'onlineServiceHall' | 'weibo' | 'wechat' | 'newspaper' | 'bulletinBoard' | 'other';

export type PartyRole =
  | 'bidder' | 'candidate' | 'winner' | 'supplier' | 'allottee' | 'transferee' | 'sanctioned';

/**
 * How the resource is allocated: the procurement method (87号令 governs 公开招标 and 邀请招标
 * only), 招标/拍卖/挂牌/协议 for land and mining rights, the kind of state-property
 * transaction; `'other'` for a method the list lacks (its name in `methodName`).
 */
export type Method =
  | 'openTendering' | 'invitedTendering' | 'competitiveNegotiation' | 'competitiveConsultation'
  | 'requestForQuotation' | 'singleSource' | 'frameworkAgreement' | 'tendering' | 'auction'
  | 'listing' | 'agreement' | 'enterpriseEquityTransfer' | 'enterpriseCapitalIncrease'
  | 'enterpriseAssetTransfer' | 'publicSectorAssetDisposal' | 'lease' | 'other';

export interface Party {
  role: PartyRole;
  name: string;
  /** 统一社会信用代码. */
  creditCode?: string;
  /** 居民身份证号码: used for screening, never part of the public text. */
  idNumber?: string;
}

/**
 * What a penalty decision that bars a party imposes, in a blacklist entry's terms: the provision
 * (`{ provision: 'procurementLaw77' }`, …), the conduct (`{ category: 'falseMaterials' }`, …),
 * what it bars (default: the provision's reach), the ban and the credit class.
 */
export interface Sanction {
  legalBasis?: { provision: string; [member: string]: unknown };
  conduct?: { category: string; description?: string };
  bars?: Domain | 'allPublicResourceTrading';
  ban?: { start?: IsoDate; months: number };
  creditClass?: 'minor' | 'general' | 'serious';
}

/** Amounts in 元, at most two decimals. */
export interface Amounts {
  budget?: number;
  maximumPrice?: number;
  contract?: number;
}

/** Dates of the events an item's time limits count from. */
export interface Events {
  intentionPublishedOn?: StatedDate;
  documentsIssuedOn?: StatedDate;
  documentsOfferEndOn?: StatedDate;
  applicationDeadline?: StatedDate;
  bidDeadline?: StatedDate;
  evaluationReportReceivedOn?: StatedDate;
  awardedOn?: StatedDate;
  contractSignedOn?: StatedDate;
  publicityStartOn?: StatedDate;
  publicityEndOn?: StatedDate;
  activityStartOn?: StatedDate;
  activityEndOn?: StatedDate;
  decisionOn?: StatedDate;
  reviewRequestedOn?: StatedDate;
  reviewAnsweredOn?: StatedDate;
}

export type ExemptionCategory =
  | 'stateSecret' | 'otherLegalProhibition' | 'commercialSecret' | 'personalPrivacy'
  | 'internalAffairs';

export interface Exemption {
  scope: 'whole' | 'partial';
  category?: ExemptionCategory;
  legalBasis?: string;
  withheldElements?: string[];
  severable?: boolean;
  reason?: string;
}

/** A span during which the disclosure clock stopped, both ends included. */
export interface Pause {
  from: IsoDate;
  to: IsoDate;
  reason?: string;
}

/** One piece of information to disclose. Unknown fields are rejected (thrown), never ignored. */
/** An event date the notice states as a period after another event ("自发布之日起5个工作日"). */
export interface RelativeEvent {
  /** The event whose date is stated this way, a key of `Events` (`publicityEndOn`). */
  event: keyof Events;
  /** The event the period counts from. */
  from: Anchor;
  period: Period;
  /** The day of `from` is the period's first (含当日). */
  startDayCounts?: boolean;
}

export interface DisclosureRecord {
  id: string;
  /** The id of the record this one corrects, suspends, resumes or ends (see `validateLinked`). */
  amends?: string;
  domain: Domain;
  item: ItemKind;
  /** Rules of one method's law (`when.methods`) are not judged when this is absent. */
  method?: Method;
  /** The method's name as the notice gives it, with `method: 'other'`. */
  methodName?: string;
  title: string;
  responsibleBody: { name: string; creditCode?: string };
  /** Required unless `notStated` lists `/formedOn`; the rules in force are then those of `publishedOn`. */
  formedOn?: StatedDate;
  changedOn?: StatedDate;
  publishedOn?: StatedDate;
  status: Status;
  channels?: Channel[];
  /** Content elements by key (see `describeItem`). */
  content?: Record<string, string>;
  parties?: Party[];
  /** A penalty decision's sanction (the items `procurementPenaltyDecision`, `biddingPenaltyDecision`, `housingPenaltyDecision`). */
  sanction?: Sanction;
  amounts?: Amounts;
  events?: Events;
  exemption?: Exemption;
  pauses?: Pause[];
  /** Event dates stated as periods after another event, counted by the engine on its calendar. */
  relativeEvents?: RelativeEvent[];
  /**
   * Facts the source does not show, as JSON Pointers into the record: `/content/<key>`,
   * `/events/<event>`, `/formedOn`, `/publishedOn`, `/channels` (the list is incomplete), `/method`, `/parties`,
   * `/amounts/<amount>`. A rule that needs one reports `rule.not_judged` (info), not an error.
   * Listing a fact the record also gives is an error.
   */
  notStated?: string[];
}

export type FindingCode =
  | 'element.missing' | 'element.unknown' | 'record.item_domain_mismatch'
  | 'exemption.category_missing' | 'exemption.basis_missing' | 'exemption.elements_missing'
  | 'exemption.privacy_whole_record' | 'channel.missing' | 'channel.designated_missing'
  | 'date.published_before_formed' | 'date.published_in_future' | 'date.award_before_bid_deadline'
  | 'amount.contract_exceeds_budget' | 'amount.words_mismatch'
  | 'intention.lead_short'
  | 'privacy.id_number_exposed' | 'privacy.mobile_exposed'
  | 'status.published_without_date' | 'status.unpublished_with_date' | 'deadline.missed'
  | 'deadline.overdue' | 'deadline.near' | 'deadline.too_short' | 'deadline.calendar_not_covered'
  | 'blacklist.barred_party' | 'blacklist.possible_match' | 'party.credit_code_invalid'
  | 'party.id_number_invalid' | 'notice.headings_missing' | 'notice.summary_mismatch' | 'catalogue.item_missing' | 'catalogue.column_missing'
  | 'catalogue.time_limit_looser' | 'catalogue.time_limit_unspecified'
  | 'catalogue.row_unmatched' | 'catalogue.column_absent' | 'catalogue.supervision_missing'
  | 'catalogue.time_limit_unreadable' | 'catalogue.time_limit_minimum_duration'
  | 'catalogue.time_limit_lead_time' | 'catalogue.time_limit_not_comparable'
  | 'catalogue.duration_shorter' | 'catalogue.channels_unticked' | 'catalogue.medium_missing'
  | 'catalogue.content_missing' | 'rule.not_judged'
  | 'plan.section_missing' | 'plan.column_missing' | 'plan.time_limit_looser'
  | 'plan.time_limit_unspecified' | 'plan.class_missing' | 'plan.blacklist_task_missing';

export type Severity = 'info' | 'warning' | 'error';

/** How firmly a rule's legal basis is established. */
export type Verification = 'V-text' | 'V-quote' | 'V-seed' | 'V-2nd' | 'R';

export interface LegalBasis {
  document: string;
  article?: string;
  verification: Verification;
}

export type PeriodUnit = 'day' | 'workday' | 'month' | 'hour';

export interface Period {
  n: number;
  unit: PeriodUnit;
}

export type Direction = 'within' | 'atLeast';

/** An event a period counts from or is judged against. */
export type Anchor =
  | 'formedOrChanged' | 'published' | 'intentionPublished' | 'documentsIssued'
  | 'documentsOfferEnd' | 'applicationDeadline' | 'bidDeadline' | 'evaluationReportReceived'
  | 'awarded' | 'contractSigned' | 'publicityStart' | 'publicityEnd' | 'activityStart'
  | 'activityEnd' | 'decision' | 'reviewRequested' | 'reviewAnswered';

export type DayKind =
  | 'workday' | 'weekend' | 'statutory_holiday' | 'in_lieu_rest' | 'weekend_in_block'
  | 'extended_holiday' | 'unclassified_holiday' | 'makeup_workday' | 'local_day_off';

/** A holiday or make-up working day that moved a due date. */
export interface SpecialDay {
  date: IsoDate;
  kind: DayKind;
  /** True for a make-up working day (调休上班). */
  workday: boolean;
  /** The festival's (or local day's) name in the requested language. */
  name: string | null;
}

/** How a deadline finding's due date was reached. */
export interface FindingExplanation {
  direction: Direction;
  anchor: Anchor;
  anchorDate: PeriodDate;
  period: Period;
  /** The last day by plain counting, before rolling out of rest days. */
  countedEnd: PeriodDate;
  due: PeriodDate;
  pausedUnits: number;
  target: Anchor;
  targetDate: StatedDate | null;
  /** How far past (or short of) the due date, in the period's unit; for a near deadline, the
   * working days left. */
  units: number;
  /** Present (true) when the anchor day is the period's first day and counts: the rule says
   * so (自开始之日起), or the record was published before that day and the period starts with
   * it (not at a time of it), so the day runs whole. */
  firstDayCounted?: true;
  /** Present (true) when the period is short only because its first day is not counted
   * (民法典 Art 201) and the law leaves open whether it counts: the finding is a warning. */
  onlyWithoutFirstDay?: true;
  /** Present (true) when a minimum period is short only because its last day was a rest day
   * that 民法典 Art 203 moves on (counted day by day, the target is on or after `countedEnd`):
   * no text says Art 203 lengthens a minimum period, so the finding is a warning. */
  onlyByRestDayRoll?: true;
  specialDays: SpecialDay[];
  /** The days that moved the due date, in words (may be empty). */
  text: string;
}

/** One thing a record does wrong (or might): the same shape from Rust, C and WASM. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** RFC 6901 JSON Pointer to the field concerned, e.g. `/content/winnerName`. */
  path: string;
  message: string;
  legalBasis: LegalBasis;
  /** The id of the rule that found it. */
  rule: string;
  explanation?: FindingExplanation;
  /** The blacklist entry a `blacklist.barred_party` or `blacklist.possible_match` finding is
   * about. */
  blacklistHit?: BlacklistHit;
}

/** A blacklist entry's state on a record's date, as a finding carries it. */
export interface BlacklistHit {
  entryId: string;
  matchedOn: MatchedOn;
  status: EntryStatus;
  asOf: IsoDate;
  decisionNumber: string;
  authority: string;
  decidedOn: IsoDate;
  entryLegalBasis: LegalBasis;
  ban: BanTerm | null;
}

/** The findings for one record. `ok` is false when a finding has severity `error`. */
export interface Report {
  recordId: string;
  ok: boolean;
  findings: Finding[];
}

/** How `dueDate` reached its date. */
export interface DueDateExplanation {
  rule: string;
  direction: Direction;
  /** `null` for a department's obligation, which counts from its notice. */
  anchor: Anchor | null;
  anchorDate: PeriodDate;
  target: Anchor | null;
  period: Period;
  countedEnd: PeriodDate;
  due: PeriodDate;
  /** True when the end was moved out of rest days (民法典 Art 203). */
  rolled: boolean;
  pausedUnits: number;
  specialDays: SpecialDay[];
  legalBasis: LegalBasis;
  /** The whole explanation in words. */
  text: string;
}

export interface DueDate {
  /** The due date of a "within" rule, or the earliest allowed end of an "at least" rule; for
   * a rule in hours, the moment, counted from the end of the event's day. */
  due: PeriodDate;
  explanation: DueDateExplanation;
}

/** A content element of an item, for labelling a form. */
export interface ElementDescription {
  key: string;
  zh: string;
  en: string;
  required: boolean;
}

export interface ItemDescription {
  item: ItemKind;
  domain: Domain;
  zh: string;
  en: string;
  elements: ElementDescription[];
}

/** A row of a rule table (see docs/rules.md); a local layer replaces, adds or disables rows. */
export interface RuleRow {
  id: string;
  domain?: Domain;
  item?: ItemKind;
  check: { kind: string; [key: string]: unknown };
  severity: Severity;
  summary: { zh: string; en: string };
  legalBasis: LegalBasis;
  effectiveFrom?: IsoDate;
  effectiveTo?: IsoDate;
  when?: RuleCondition;
  supersedes?: string[];
  enabled?: boolean;
}

/**
 * When a rule applies; every part given must hold. `element` and `contains` go together. A record
 * that does not state the method or budget a condition needs gets `rule.not_judged` (info).
 */
export interface RuleCondition {
  element?: string;
  contains?: string;
  methods?: Method[];
  /** Yuan, inclusive. */
  budgetAtLeast?: number;
  /** Yuan, exclusive. */
  budgetBelow?: number;
}

/** A year of the holiday schedule in holiday-cn's JSON form. */
export interface HolidayCnYear {
  year: number;
  papers?: string[];
  days: { name: string; date: IsoDate; isOffDay: boolean }[];
}

/** How an `Engine` is built: the same JSON as the C API's. Every field is optional. */
export interface EngineConfig {
  /** A local layer over the national rule table. */
  rules?: { rules: RuleRow[] };
  /** Years added to the official calendar: the library's text format, or holiday-cn JSON. */
  calendarYears?: (string | HolidayCnYear)[];
  /** A locality's extra days off. */
  localDaysOff?: { date: IsoDate; name: string }[];
  /** Blacklist entries (each the JSON of one line of the registry's JSON-lines export). Read by
   * the `gongkai/full` entry only: the default entry throws `config.blacklist_unsupported` for a
   * non-empty array. */
  blacklist?: Record<string, unknown>[];
}

/** Stable codes of thrown errors (the core `Error::code()`), as far as this package throws them. */
export type ErrorCode =
  | 'input.invalid_json'
  /** A date argument (`date`, `eventDate`, `a`, `b`) that is not `YYYY-MM-DD` with a year from
   * 1949 to 2099, or not a real day; `argument` names it. */
  | 'input.invalid_date'
  /** An argument of the wrong type or value (a non-integer `n`, an unknown `domain` or `item`, a
   * `path` that is no JSON Pointer); `argument` names it. */
  | 'input.invalid_argument'
  | 'rules.invalid_table' | 'rules.unknown_rule' | 'rules.not_a_deadline'
  | 'calendar.year_not_covered' | 'calendar.invalid_date' | 'calendar.invalid_field'
  | 'calendar.missing_field' | 'calendar.unknown_festival' | 'calendar.duplicate_date'
  | 'calendar.kind_contradicts_weekday' | 'calendar.local_day_clash'
  | 'calendar.date_outside_year' | 'calendar.duplicate_year' | 'calendar.year_gap'
  | 'calendar.year_incomplete' | 'calendar.json_syntax' | 'calendar.duplicate_key'
  /** A configuration with blacklist entries given to the default entry, which has no blacklist
   * (import `gongkai/full`). */
  | 'config.blacklist_unsupported'
  /** A blacklist entry of an engine configuration refused (`blacklist.ban_out_of_range`, …), or
   * the entry a penalty decision implies (`entryFromDecision`). */
  | `blacklist.${string}`
  /** A penalty decision that yields no blacklist entry (`entryFromDecision`, in `gongkai/full`). */
  | 'decision.not_a_decision' | 'decision.withdrawn' | 'decision.facts_missing'
  | 'decision.several_sanctioned' | 'decision.subject_ambiguous'
  | 'decision.provision_outside_domain'
  /** A notice the reader cannot read (`validateNotice`, in `gongkai/notice`): empty, over 4 MiB,
   * binary or mis-decoded, not Chinese, of no item gongkai has; options without a day. */
  | 'notice.empty' | 'notice.too_large' | 'notice.binary' | 'notice.not_chinese'
  | 'notice.unclassified' | 'notice.invalid_options'
  /** The sanctioned party's identifier that does not validate (`entryFromDecision`). */
  | `uscc.${string}` | `id_number.${string}`
  /** A catalogue file that cannot be read (`readCatalogue`, `checkCatalogueFile`, in
   * `gongkai/catalogue`), `argument: 'bytes'`: not CSV or XLSX (an XLS or PDF file, another
   * extension); a damaged workbook (with `sheet` when the damage is inside one); a CSV neither
   * UTF-8, UTF-16 with its mark nor GB18030/GBK (`row`); no text in any cell; no row near the top
   * with a catalogue's headings (`sheet`); a cell that cannot be read as its column says (`sheet`,
   * `row`, `column`, `columnLetter`, `heading`, `text`). */
  | 'catalogue.format_unknown' | 'catalogue.file_unreadable' | 'catalogue.encoding_unknown'
  | 'catalogue.file_empty' | 'catalogue.headings_not_found' | 'catalogue.cell_unreadable';

/** What every function throws for input it cannot judge. Rule violations are never thrown. */
export interface GongkaiError extends Error {
  name: 'GongkaiError';
  code: ErrorCode;
  /** Which input: `'record'`, `'options'`, `'config'`, a JSON argument (`'subject'`, `'plan'`,
   * `'notice'`, `'catalogue'`, `'langOptions'`), or a positional argument's name. */
  argument?: string;
  /** JSON Pointer into that input, for a value that is not the shape expected. */
  path?: string;
  /** Line and column in JSON text the caller passed as a string. For a catalogue file
   * (`catalogue.*` codes) `column` is the cell's column, counted from 1. */
  line?: number;
  column?: number;
  /** A catalogue file's sheet (XLSX) that the error is in. */
  sheet?: string;
  /** A catalogue file's row, counted from 1 as a spreadsheet numbers it. */
  row?: number;
  /** The cell's column as a spreadsheet letters it (`'I'`). */
  columnLetter?: string;
  /** The cell's column heading as printed (`'公开对象'`, `'公开对象(全社会)'`). */
  heading?: string;
  /** The cell's text (`catalogue.cell_unreadable`). */
  text?: string;
  /** The year the calendar does not cover (`calendar.year_not_covered`). */
  year?: number;
  /** The rule id asked for (`rules.unknown_rule`, `rules.not_a_deadline`). */
  ruleId?: string;
  /** Every fact a penalty decision's record does not state, as JSON Pointers into it
   * (`decision.facts_missing`); `path` is the first. */
  facts?: string[];
}

/** Who to screen against an engine's blacklist (`Engine.screen`): the name, and the identifiers
 * known. An identifier that does not validate is reported in `queryIssues`, not thrown. */
export interface ScreenSubject {
  name: string;
  /** 统一社会信用代码, as typed. */
  creditCode?: string;
  /** 居民身份证号码, as typed. */
  idNumber?: string;
  /** The domain barring is judged for (the `domain` argument of `screen` takes its place). */
  domain?: Domain;
}

/** What a hit matched: an identifier (the same subject), or the normalised name only. */
export type MatchedOn = 'creditCode' | 'idNumber' | 'name';

/** A blacklist entry's status on a date. */
export type EntryStatus = 'pending' | 'active' | 'banEnded' | 'archived' | 'withdrawn' | 'repaired';

/** A ban's first and last barred day. */
export interface BanTerm {
  start: IsoDate;
  end: IsoDate;
  months: number;
}

/** One blacklist entry a subject matched, explained. */
export interface ScreenHit {
  entryId: string;
  matchedOn: MatchedOn;
  status: EntryStatus;
  /** True when the entry bars the domain on the date. */
  bars: boolean;
  /** The hit in words, in the requested language. */
  message: string;
  legalBasis: LegalBasis;
  /** The listed subject's name. */
  subject: string;
  authority: string;
  decisionNumber: string;
  decidedOn: IsoDate;
  /** A domain, or `'allPublicResourceTrading'`. */
  barredScope: Domain | 'allPublicResourceTrading';
  /** The conduct's category (`'falseMaterials'`, `'other'`, …). */
  conduct: string;
  ban: BanTerm | null;
  /** The last day the entry is published. */
  publishedUntil: IsoDate;
}

/** The result of `Engine.screen`: the JSON the Rust (`ScreenResult::to_json`) and C
 * (`gongkai_engine_screen`) APIs give. */
export interface ScreenResult {
  asOf: IsoDate;
  domain: Domain | null;
  /** An entry matched by identifier bars the subject. */
  barred: boolean;
  /** An entry matched by name only would bar the subject: a person must check. */
  possibleMatch: boolean;
  /** Identifier matches first, then name matches. */
  hits: ScreenHit[];
  /** Name matches silenced by a "not the same subject" decision. */
  suppressed: { entryId: string; date: IsoDate; actor: string; reason: string }[];
  /** Identifiers of the subject that did not validate. */
  queryIssues: { field: 'creditCode' | 'idNumber'; code: string; message: string }[];
}

/** One information class of a work plan's 二、主要任务及具体措施. */
export interface PlanTask {
  class?: string;
  item?: ItemKind;
  content?: string;
  body?: string;
  channel?: string;
  timeLimit?: string;
}

/** A department's work plan (工作方案) on the template of 粤办函〔2018〕201号. */
export interface WorkPlan {
  unit?: string;
  domains?: Domain[];
  purpose?: string;
  situationAndGoals?: string;
  tasks?: PlanTask[];
  otherTasks?: string[];
  organisationAndOversight?: string;
}

/** What `validateWorkPlan` returns; findings point into the plan. */
export interface PlanReport {
  ok: boolean;
  findings: Finding[];
}

/** The five bureaus a notice is routed to (粤办函〔2018〕201号). */
export type LeadDepartment =
  | 'housingAndUrbanRuralDevelopment' | 'landAndResources' | 'finance' | 'stateAssetsSupervision'
  | 'developmentAndReform';

export type Duty = { kind: 'workPlan' } | { kind: 'progressReport'; year: number };

/** A filing a department made. */
export interface Filing {
  department: LeadDepartment;
  duty: Duty;
  filedOn: IsoDate;
  publishedOn?: IsoDate;
}

/** What `obligations` takes: the notice's date of issue, who it is routed to (all five when
 * absent), what was filed, and the day to judge on. */
export interface ObligationsInput {
  noticeIssued: IsoDate;
  departments?: LeadDepartment[];
  filings?: Filing[];
  asOf: IsoDate;
}

export type ObligationStatus = 'done' | 'doneLate' | 'due' | 'overdue';

/** One department's obligation under the notice. */
export interface Obligation {
  department: LeadDepartment;
  /** In Chinese. */
  departmentName: string;
  duty: Duty;
  rule: string;
  due: IsoDate;
  status: ObligationStatus;
  filing?: Filing;
}

/** A level of government whose catalogue is checked (公开层级): items not required at it are not
 * missing. */
export type CatalogueLevel = 'province' | 'city' | 'county' | 'township' | 'village';

/** What a catalogue is checked for (`checkCatalogue`), or what a baseline is made for
 * (`baselineCatalogue`). Unknown fields are rejected (thrown). */
export interface CatalogueOptions {
  /** The domains whose items the catalogue is to list: rows are matched to their items only, and
   * only their items can be missing. At least one. */
  domains: Domain[];
  /** The catalogue's level; absent, every item is required. */
  level?: CatalogueLevel;
}

/** One row of a 主动公开目录清单 (proactive disclosure catalogue) as a department gives it. Every
 * column may be missing (the check reports it); other columns (序号, 备注, …) are kept. */
export interface CatalogueRow {
  /** 一级事项. */
  level1?: string;
  /** 二级事项: the name rows are matched to items by. */
  level2?: string;
  /** 三级事项, matched before the 二级. */
  level3?: string;
  /** The item, when the catalogue says which; otherwise the row is matched by its names. */
  item?: ItemKind;
  /** 公开内容（要素）. */
  content?: string;
  /** 公开依据. */
  basis?: string;
  /** 公开时限, as printed ("信息形成之日起20个工作日内", "随…公开", "每年1月31日前", …). */
  timeLimit?: string;
  /** 公开主体. */
  body?: string;
  /** 公开渠道和载体, as printed (ticked boxes ■/□ are read). */
  channels?: string;
  /** 公开对象. */
  audience?: 'public' | 'specific';
  /** 公开方式. */
  mode?: 'proactive' | 'onRequest';
  /** 监督渠道 (or once for the catalogue, in its header). */
  supervision?: string;
  /** 公开层级 as printed. */
  levels?: string;
  [column: string]: unknown;
}

/** What a catalogue states once for every row (a row's own cell prevails). */
export interface CatalogueHeader {
  body?: string;
  timeLimit?: string;
  channels?: string;
  supervision?: string;
}

/** A department's catalogue: what it states once, and its rows. `checkCatalogue` also takes the
 * rows alone. */
export interface Catalogue {
  header?: CatalogueHeader;
  rows?: CatalogueRow[];
}

/** A row of the baseline catalogue (`baselineCatalogue`): every column the rules give. */
export interface BaselineRow extends CatalogueRow {
  level1: string;
  level2: string;
  item: ItemKind;
  content: string;
  basis: string;
  timeLimit: string;
  body: string;
  channels: string;
  audience: 'public' | 'specific';
  mode: 'proactive' | 'onRequest';
  supervision: string;
}

/** Which items one row of a checked catalogue is about. */
export interface CatalogueRowMatch {
  /** The row's index. */
  row: number;
  /** Its 二级事项 as printed. */
  level2: string;
  /** None for a row that matches no item of the domains checked (`catalogue.row_unmatched`). */
  items: ItemKind[];
}

/** What `checkCatalogue` returns: the JSON of the C API's `gongkai_engine_check_catalogue`.
 * Findings (`catalogue.*` codes) point into the rows (`/3/timeLimit`); `""` is the catalogue as a
 * whole. */
export interface CatalogueReport {
  ok: boolean;
  rows: CatalogueRowMatch[];
  findings: Finding[];
}

/** A line of a catalogue file that is not a row of the catalogue: the title, a section line (an
 * 一级事项 alone, which the rows below take), a note across the table (`监督渠道：…`, which is
 * read into the header as well). */
export interface CatalogueNote {
  /** The file's row, counted from 1. */
  row: number;
  /** Its text (the cells with text, joined by a space). */
  text: string;
}

/** A catalogue file as `readCatalogue` reads it. */
export interface CatalogueRead {
  /** What `checkCatalogue` takes: the header (what lines above or below the table state once)
   * and the rows, 一级事项 and 二级事项 carried down merged or blank cells; columns that are no
   * field (序号, 备注) kept in each row under their heading. */
  catalogue: { header: CatalogueHeader; rows: CatalogueRow[] };
  /** The sheet read (the first with a catalogue's headings); null for CSV. */
  sheet: string | null;
  /** The first and last row of the headings (one row, or two when sub-columns are ticked). */
  headingRows: [number, number];
  /** The columns' headings as printed, in order (`'公开对象(全社会)'` for a sub-column). */
  headings: string[];
  /** The file's row of each catalogue row: `sourceRows[i]` is where `rows[i]` was read. */
  sourceRows: number[];
  /** Rows below the headings with no text, skipped. */
  blankRows: number;
  /** Lines that are not rows, with their place: nothing the file holds is dropped unseen. */
  notes: CatalogueNote[];
}

/** What `checkCatalogueFile` returns: the file as read, and the check of its catalogue. Findings'
 * paths index `catalogue.rows` (`sourceRows` gives the file's row). */
export interface CatalogueFileReport extends CatalogueRead {
  report: CatalogueReport;
}

/** A blacklist entry as one line of the registry's JSON-lines form (what `entryFromDecision`
 * returns, and what `EngineConfig.blacklist` takes). */
export interface BlacklistEntry {
  id: string;
  subject:
    | { kind: 'organization'; name: string; creditCode?: string; address?: string }
    | { kind: 'person'; name: string; idNumber: string };
  conduct: { category: string; description?: string };
  /** The facts, public text. */
  facts?: string;
  decision: { authority: string; number: string; date: IsoDate; penalty?: string };
  /** The provision (`{ provision: 'procurementLaw77' }`, or `other` with its document). */
  legalBasis: { provision: string; [member: string]: unknown };
  bars: Domain | 'allPublicResourceTrading';
  /** The ban: from `start` (the decision date when absent), `months` long. */
  ban?: { start?: IsoDate; months: number };
  /** The first day of publication. */
  listedOn: IsoDate;
  creditClass?: 'minor' | 'general' | 'serious';
  events?: Record<string, unknown>[];
}

/** What a notice's title calls it (`validateNotice`'s `notice.type`). */
export type NoticeType =
  | 'announcement' | 'result' | 'correction' | 'termination' | 'intention' | 'singleSourcePublicity'
  | 'contract' | 'acceptance' | 'candidatePublicity' | 'transferAnnouncement' | 'transferResult'
  | 'transferSuspension' | 'agreementPublicity' | 'penaltyDecision' | 'leaseNotice'
  | 'disposalNotice' | 'allocationApplicants' | 'allocationResult' | 'allocationProcess'
  | 'allocationStock' | 'allocationProcedure' | 'supplyResult' | 'supplyPlan'
  | 'complaintDecision' | 'inspectionDecision' | 'misconductRecord' | 'statement'
  | 'rightHolderInformation' | 'policy' | 'constructionPlan' | 'annualPlan' | 'planProgress'
  | 'transferPrice' | 'decisionApproval' | 'intermediaryAudit' | 'projectApproval' | 'documents';

/** Where in the notice a value was read: `[start, end)` byte offsets into its UTF-8 text (use
 * `new TextEncoder().encode(text)` to map them to characters). */
export type Span = [number, number];

/** `validateNotice`'s options: where and when the page was fetched, and the day it is judged on
 * (`today`, which defaults to `fetchedOn`; one of them is needed). */
export interface NoticeOptions {
  url?: string;
  fetchedOn?: IsoDate;
  today?: IsoDate;
}

/** What `validateNotice` returns: the JSON of the Rust API's `validate_notice_json` and of the C
 * API's `gongkai_engine_validate_notice`. */
export interface NoticeReport {
  /** False when a finding has severity `error`. */
  ok: boolean;
  notice: { type: NoticeType | null; domain: Domain | null; method: Method | null };
  /** The record the notice describes, as `validate` takes records. */
  record: DisclosureRecord;
  /** Where each value of the record was read, and under which heading or label. */
  evidence: { path: string; span: Span; label: string | null }[];
  /** Element keys the notice certainly lacks. */
  absent: string[];
  /** Element keys the notice may hold but does not show (truncated, 详见附件). */
  notStated: string[];
  /** Element keys the notice labels in a form the reader did not read, each with its label's
   * span: neither absent nor judged. */
  unread: { key: string; span: Span }[];
  /** Whether the copy shows the whole notice (signed, or run to its format's closing contacts),
   * so that what it lacks is `absent` rather than `notStated`. */
  complete: boolean;
  dates: { span: Span; value: string }[];
  /** Amounts of money, in yuan as a decimal string. */
  amounts: { span: Span; yuan: string }[];
  /** The 落款: the bodies' spans and the date under the text; `null` when unsigned. */
  signature: { bodies: Span[]; date: string; span: Span } | null;
  /** The record's findings (with the span of their evidence) and the text's own. */
  findings: (Finding & { span?: Span })[];
}
