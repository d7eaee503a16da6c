// Every call to the Tauri shell goes through this module, so the screens can be tested
// with a fake transport and no window (see api.test.ts and the screens' tests).

import { t } from "./i18n.svelte";
import type {
  About, Change, ChangeEntry, Choose, Granted, Use, ChartFormat, ChartRequest, Checklist, Published, Sections, Term, Words, ChartView, CompareQuery, CompareRow, ErrorCode, ErrorPayload, Exposure, ExposureQuery, Facets, Filter,
  ImportOutcome, ImportRequest, InventoryEntry, LibraryEntry, ListQuery, Matter, Organisation, PolicyChange, PolicyChangeView, Problem,
  RecordCounts, ReportRequest, RequestDetail, RequestPage, Save, Saved, Stats, StoreInfo, TablePreview, Target, WorkProgress,
} from "./bindings";

export type Unlisten = () => void;

export interface Transport {
  invoke<T>(command: string, args?: Record<string, unknown>): Promise<T>;
  listen<T>(event: string, handler: (payload: T) => void): Promise<Unlisten>;
}

/** The real shell, loaded lazily so tests never import Tauri's modules. */
const tauriTransport: Transport = {
  async invoke(command, args) {
    const { invoke } = await import("@tauri-apps/api/core");
    return invoke(command, args);
  },
  async listen(event, handler) {
    const { listen } = await import("@tauri-apps/api/event");
    return listen(event, (e) => handler(e.payload as never));
  },
};

let transport: Transport = tauriTransport;

/** Tests swap the shell for a fake. */
export function setTransport(t: Transport): void {
  transport = t;
}

/** An error as the UI shows it: a code to act on, a sentence, and the problems found. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly problems: Problem[];
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.code = payload.code;
    this.problems = payload.problems ?? [];
  }
}

const CODES: ErrorCode[] = ["invalid_input", "conflict", "io", "incompatible_store", "usage", "cancelled", "busy", "internal"];

/** Whatever was thrown, as an AppError; a bare string from the shell becomes `internal`. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e && typeof e === "object" && "code" in e && CODES.includes((e as ErrorPayload).code)) {
    return new AppError(e as ErrorPayload);
  }
  return new AppError({ code: "internal", message: String(e instanceof Error ? e.message : e), problems: [] });
}

/** What to do next, per code: shown under the message. */
/** What to do next after an error of this kind, in the window's language. */
export function advice(code: ErrorCode): string {
  return t(`advice-${code}`);
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await transport.invoke<T>(command, args);
  } catch (e) {
    throw toAppError(e);
  }
}

/** Shows the shell's open, folder or save dialog; null when the user cancelled. */
const choose = (request: Choose) => call<Granted | null>("choose_files", { request });

export const api = {
  storeInfo: () => call<StoreInfo>("store_info"),
  setLanguage: (lang: string | null) => call<StoreInfo>("set_language", { lang }),
  stats: (filter: Filter) => call<Stats>("stats", { filter }),
  chart: (request: ChartRequest) => call<ChartView>("chart", { request }),
  listRequests: (query: ListQuery) => call<RequestPage>("list_requests", { query }),
  facets: (filter: Filter) => call<Facets>("facets", { filter }),
  requestDetail: (organisation: string, id: string) => call<RequestDetail>("request_detail", { organisation, id }),
  inventoryAsOf: (organisation: string | null, date: string) => call<InventoryEntry[]>("inventory_as_of", { organisation, date }),
  policyChanges: (filter: Filter) => call<PolicyChangeView[]>("policy_changes", { filter }),
  compare: (query: CompareQuery) => call<CompareRow[]>("compare", { query }),
  /** The largest period-over-period changes, largest first. */
  compareChanges: (query: CompareQuery) => call<Change[]>("compare_changes", { query }),
  /** What the store holds of each publisher's files, and where to fetch newer ones. */
  library: () => call<LibraryEntry[]>("library"),
  exposure: (query: ExposureQuery) => call<Exposure>("exposure", { query }),
  // Files and folders: the shell shows the dialog and grants what the user picks for that
  // one use; the page passes the grant back, and can name no file itself.
  previewTable: (grant: string, delimiter: string | null) => call<TablePreview>("preview_table", { grant, delimiter }),
  /** Files, folders and zips, in one transaction; files of folders and zips that no
   * layout recognises come back as skipped. */
  importFiles: (request: ImportRequest) => call<ImportOutcome>("import_files", { request }),
  cancelWork: () => call<void>("cancel_work"),
  exportBundle: (grant: string) => call<number>("export_bundle", { grant }),
  exportTable: (grant: string, query: ListQuery) => call<number>("export_table", { grant, query }),
  exportChart: (grant: string, request: ChartRequest, format: ChartFormat | null, scale: number) =>
    call<void>("export_chart", { grant, request, format, scale }),
  report: (request: ReportRequest) => call<string>("report", { request }),
  exportReport: (grant: string, request: ReportRequest) => call<void>("export_report", { grant, request }),
  openStore: (grant: string) => call<StoreInfo>("open_store", { grant }),
  reportSubjects: () => call<Term[]>("report_subjects"),
  reportTexts: (organisation: string, period: string) => call<Words>("report_texts", { organisation, period }),
  saveReportTexts: (organisation: string, period: string, texts: Record<string, string>, sections: Sections) =>
    call<ChangeEntry>("save_report_texts", { organisation, period, texts, sections }),
  reportChecklist: (request: ReportRequest) => call<Checklist>("report_checklist", { request }),
  publishReport: (grant: string, request: ReportRequest) => call<Published>("publish_report", { grant, request }),

  // Authoring: every save and delete is one entry of the store's history.
  saveRecord: (form: Save) => call<Saved>("save_record", { form }),
  checkRecord: (form: Save) => call<Problem[]>("check_record", { form }),
  deleteRecord: (target: Target) => call<ChangeEntry>("delete_record", { target }),
  organisationRecords: (organisation: string) => call<RecordCounts>("organisation_records", { organisation }),
  /** Only the request form's "Show" asks for these. */
  requestSubjects: (organisation: string, id: string) => call<string[]>("request_subjects", { organisation, id }),
  suggestReference: (organisation: string, year: number | null) => call<string>("suggest_reference", { organisation, year }),
  suggestCategory: (wording: string) => call<string | null>("suggest_category", { wording }),
  policyChange: (organisation: string, id: string) => call<PolicyChange>("policy_change", { organisation, id }),
  organisation: (id: string) => call<Organisation>("organisation", { id }),
  matters: (organisation: string) => call<Matter[]>("matters", { organisation }),
  history: () => call<ChangeEntry[]>("history"),
  undo: () => call<ChangeEntry>("undo"),
  redo: () => call<ChangeEntry>("redo"),
  storeChanged: () => call<boolean>("store_changed"),
  setUnsaved: (unsaved: boolean) => call<void>("set_unsaved", { unsaved }),
  closeWindow: () => call<void>("close_window"),
  /** The window's close button was pressed while a form held unsaved changes. */
  onCloseRequested: (handler: () => void) => transport.listen<null>("close-requested", () => handler()),

  onProgress: (handler: (p: WorkProgress) => void) => transport.listen<WorkProgress>("work-progress", handler),
  onMenu: (handler: (id: string) => void) => transport.listen<string>("menu", handler),
  /** Files dragged over the window (true) or away from it (false). The shell takes over
   * drag-and-drop from the page, so these come as Tauri events, not DOM ones. */
  onDragging: async (handler: (over: boolean) => void) => {
    const stops = await Promise.all([
      transport.listen("tauri://drag-enter", () => handler(true)),
      transport.listen("tauri://drag-leave", () => handler(false)),
    ]);
    return () => stops.forEach((stop) => stop());
  },
  /** Files dropped on the window: the shell grants them for import and sends the grant
   * (the page's own drag-and-drop event, with paths, is never trusted). */
  onDrop: (handler: (files: Granted) => void) => transport.listen<Granted>("files-dropped", handler),
  /** Files the app was started with ("Open with", the command line), granted for import. */
  launchFiles: () => call<Granted | null>("launch_files"),
  /** Files a second launch handed to this window ("Open with" while Disclose runs). */
  onOpened: (handler: (files: Granted) => void) => transport.listen<Granted>("files-opened", handler),
  about: () => call<About>("about"),

  choose,
  pickImportFiles: () => choose({
    purpose: "import", title: t("dialog-import-files"), folder: false,
    filter: { name: t("dialog-import-filter"), extensions: ["json", "csv", "xlsx"] }, suggested_name: null,
  }),
  pickImportFolder: (title: string) => choose({ purpose: "import", title, folder: true, filter: null, suggested_name: null }),
  pickStore: () => choose({
    purpose: "open_store", title: t("dialog-open-store"), folder: false,
    filter: { name: t("dialog-store-filter"), extensions: ["sqlite", "db"] }, suggested_name: null,
  }),
  pickPublishFolder: (title: string) => choose({ purpose: "publish_report", title, folder: true, filter: null, suggested_name: null }),
  pickSavePath: (purpose: Use, title: string, suggested: string, name: string, extensions: string[]) =>
    choose({ purpose, title, folder: false, filter: { name, extensions }, suggested_name: suggested }),
};

/**
 * For effects that fetch as their inputs change: only the answer to the latest call is
 * applied, so a slow early answer can never overwrite a later one. Failures go to `fail`.
 */
export function latest<T>() {
  let generation = 0;
  return (promise: Promise<T>, apply: (value: T) => void, fail: (e: AppError) => void) => {
    const mine = ++generation;
    promise.then(
      (v) => { if (mine === generation) apply(v); },
      (e) => { if (mine === generation) fail(toAppError(e)); },
    );
  };
}
