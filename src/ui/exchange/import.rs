//! Importing clients, contacts or tasks from a CSV file: choose what and
//! the file, check which column fills which field (recognised from
//! ClickUp's, Airtable's and our own headers), see what will happen to each
//! row, and import. Good rows are written in one change; bad rows are
//! listed with why; rows imported before are skipped.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use web_sys::HtmlInputElement;

use crate::domain::import::{
    decode, read_sheet, Field, Mapping, Outcome, Plan, PlannedRow, Sheet, SheetError, Target,
};
use crate::domain::validation::{Invalid, Problem};
use crate::i18n::Arg;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{code_options, file_bytes, problem_text, CodeSelect};

/// How many rows the preview shows.
const PREVIEW_ROWS: usize = 5;
/// How many bad rows the preview lists: a file that is mostly bad (the
/// wrong kind of record chosen) says so with the first of them.
const PROBLEMS_SHOWN: usize = 200;

/// The file chosen, read into cells.
#[derive(Clone, PartialEq)]
struct Chosen {
    name: String,
    sheet: Sheet,
}

/// What the last press of "Import" did.
#[derive(Clone)]
enum Done {
    Wrote { count: usize, target: Target },
    Failed(String),
}

/// The bytes of the file `input` holds, with its name.
async fn read_file(input: HtmlInputElement) -> Option<(String, Vec<u8>)> {
    let file = input.files()?.get(0)?;
    Some((file.name(), file_bytes(&file).await?))
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let target_code = RwSignal::new(Target::Tasks.code().to_string());
    let target = Memo::new(move |_| Target::from_code(&target_code.get()).unwrap_or_default());
    let chosen: RwSignal<Option<Chosen>> = RwSignal::new(None);
    let unreadable: RwSignal<Option<SheetError>> = RwSignal::new(None);
    let mapping = RwSignal::new(Mapping::default());
    let done: RwSignal<Option<Done>> = RwSignal::new(None);
    // Another kind of record: recognise the file's columns anew.
    Effect::watch(
        move || target.get(),
        move |target, _, _| {
            chosen.with_untracked(|c| {
                if let Some(c) = c {
                    mapping.set(Mapping::recognise(*target, &c.sheet.headers));
                }
            });
        },
        false,
    );
    // Planned again after each import, which changes what is held.
    let imports = RwSignal::new(0_u32);
    let plan = Memo::new(move |_| {
        imports.track();
        chosen.with(|c| {
            c.as_ref()
                .map(|c| mapping.with(|m| session.plan_import(target.get(), &c.sheet, m)))
        })
    });
    let on_file = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        done.set(None);
        spawn_local(async move {
            let Some((name, bytes)) = read_file(input).await else {
                return;
            };
            match read_sheet(&decode(&bytes)) {
                Ok(sheet) => {
                    unreadable.set(None);
                    mapping.set(Mapping::recognise(target.get_untracked(), &sheet.headers));
                    chosen.set(Some(Chosen { name, sheet }));
                }
                Err(err) => {
                    chosen.set(None);
                    unreadable.set(Some(err));
                }
            }
        });
    };
    let run = move |_| {
        let Some(plan) = plan.get_untracked() else {
            return;
        };
        let label =
            chosen.with_untracked(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
        done.set(Some(match session.import(&plan, &label) {
            Ok(count) => Done::Wrote {
                count,
                target: plan.target,
            },
            Err(err) => Done::Failed(err.to_string()),
        }));
        imports.update(|n| *n += 1);
    };
    view! {
        <section class="desk import">
            <header class="desk-header">
                <div>
                    <h1>{tr("import-title")}</h1>
                    <p class="subtitle">{tr("import-intro")}</p>
                </div>
                <A href="/export" attr:class="button">{tr("import-to-export")}</A>
            </header>
            <div class="card import-source">
                <CodeSelect msg="import-target" name="import-target" value=target_code
                    options=code_options(Target::ALL) />
                <div class="field">
                    <label for="import-file">{tr("import-file")}</label>
                    <input id="import-file" type="file" data-testid="import-file"
                        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" on:change=on_file />
                    <p class="field-help">{tr("import-file-help")}</p>
                </div>
                {move || unreadable.get().map(|err| view! { <Unreadable err=err /> })}
            </div>
            {move || chosen.get().map(|c| view! {
                <ColumnMap sheet=c.sheet target=target mapping=mapping />
            })}
            {move || plan.get().map(|plan| view! {
                <Preview plan=plan chosen=chosen mapping=mapping run=Callback::new(run) />
            })}
            {move || done.get().map(|done| view! { <DoneMessage done=done /> })}
        </section>
    }
}

#[component]
fn Unreadable(err: SheetError) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || match &err {
        SheetError::TooManyRows { max } => i18n.t_args(err.message_id(), &[("max", (*max).into())]),
        SheetError::Unreadable { row } => i18n.t_args(err.message_id(), &[("row", (*row).into())]),
        SheetError::Empty => i18n.t(err.message_id()),
    };
    view! { <p class="form-message" role="alert" data-testid="import-unreadable">{text}</p> }
}

/// Which field each column of the file fills, changeable column by column.
#[component]
fn ColumnMap(sheet: Sheet, target: Memo<Target>, mapping: RwSignal<Mapping>) -> impl IntoView {
    let i18n = use_i18n();
    let first = sheet.rows.first().cloned();
    let rows = sheet
        .headers
        .iter()
        .enumerate()
        .map(|(column, header)| {
            let example = first.as_ref().map(|r| r.cell(column).to_string()).unwrap_or_default();
            let header = header.clone();
            let label = header.clone();
            let current = move || mapping.with(|m| m.field(column).map_or("", Field::code));
            let options = move || {
                target
                    .get()
                    .fields()
                    .iter()
                    .map(|&field| {
                        view! {
                            <option value=field.code() selected=move || current() == field.code()>
                                {move || i18n.t(field.message_id())}
                            </option>
                        }
                    })
                    .collect_view()
            };
            view! {
                <tr data-column=header.clone()>
                    <th scope="row">{header.clone()}</th>
                    <td class="example">{example}</td>
                    <td>
                        <select
                            aria-label=move || i18n.t_args("import-column-field", &[("column", label.clone().into())])
                            data-testid="import-column"
                            prop:value=current
                            on:change=move |ev| {
                                let field = Field::from_code(&event_target_value(&ev));
                                mapping.update(|m| m.set(column, field));
                            }
                        >
                            <option value="" selected=move || current().is_empty()>{tr("import-leave-out")}</option>
                            {options}
                        </select>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="card">
            <h2>{tr("import-columns")}</h2>
            <p>{tr("import-columns-help")}</p>
            <table class="import-columns">
                <thead>
                    <tr>
                        <th scope="col">{tr("import-column")}</th>
                        <th scope="col">{tr("import-example")}</th>
                        <th scope="col">{tr("import-field")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// What will happen: the counts, the first rows, every bad row with why,
/// and the button that imports.
#[component]
fn Preview(
    plan: Plan,
    chosen: RwSignal<Option<Chosen>>,
    mapping: RwSignal<Mapping>,
    run: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let counts = plan.counts();
    let count_args = [
        ("new", counts.new.into()),
        ("bad", counts.bad.into()),
        ("skipped", counts.skipped.into()),
    ];
    let summary = move || i18n.t_args("import-counts", &count_args);
    let shown: Vec<Field> = mapping.with_untracked(|m| {
        plan.target
            .fields()
            .iter()
            .copied()
            .filter(|f| m.column_of(*f).is_some())
            .collect()
    });
    let headings = shown
        .iter()
        .map(|&field| view! { <th scope="col">{move || i18n.t(field.message_id())}</th> })
        .collect_view();
    let first_rows = chosen.with_untracked(|c| {
        let sheet = c.as_ref().map(|c| &c.sheet);
        plan.rows
            .iter()
            .take(PREVIEW_ROWS)
            .map(|row| {
                let cells: Vec<String> = shown
                    .iter()
                    .map(|&field| {
                        let column = mapping.with_untracked(|m| m.column_of(field));
                        sheet
                            .and_then(|s| s.rows.iter().find(|r| r.number == row.number))
                            .zip(column)
                            .map(|(r, column)| r.cell(column).to_string())
                            .unwrap_or_default()
                    })
                    .collect();
                view! {
                    <tr data-row=row.number>
                        <th scope="row">{row.number}</th>
                        <td>{outcome_text(i18n, row)}</td>
                        {cells.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}
                    </tr>
                }
            })
            .collect_view()
    });
    let hidden = counts.bad.saturating_sub(PROBLEMS_SHOWN);
    let problems = plan
        .bad_rows()
        .take(PROBLEMS_SHOWN)
        .map(|(number, invalid)| {
            let text = problems_text(i18n, number, invalid, chosen, mapping);
            view! {
                <li data-row=number>
                    {move || i18n.t_args("import-row", &[("row", number.into())])}
                    ": "
                    {text}
                </li>
            }
        })
        .collect_view();
    let none_new = counts.new == 0;
    view! {
        <div class="card import-preview">
            <h2>{tr("import-preview")}</h2>
            <p data-testid="import-counts" data-new=counts.new data-bad=counts.bad data-skipped=counts.skipped
                role="status">
                {summary}
            </p>
            <div class="table-scroll">
                <table class="import-rows">
                    <thead>
                        <tr>
                            <th scope="col">{tr("import-row-number")}</th>
                            <th scope="col">{tr("import-result")}</th>
                            {headings}
                        </tr>
                    </thead>
                    <tbody>{first_rows}</tbody>
                </table>
            </div>
            <Show when=move || { counts.bad > 0 }>
                <h3>{tr("import-problems")}</h3>
            </Show>
            <ul class="import-problems" data-testid="import-problems">{problems}</ul>
            <Show when=move || { hidden > 0 }>
                <p>{move || i18n.t_args("import-more-problems", &[("count", hidden.into())])}</p>
            </Show>
            <button class="button primary" data-testid="import-run" disabled=none_new
                on:click=move |_| run.run(())>
                {move || i18n.t_args("import-run", &[("count", counts.new.into())])}
            </button>
        </div>
    }
}

/// What happens to `row`, in words.
fn outcome_text(i18n: I18n, row: &PlannedRow) -> impl Fn() -> String {
    let (id, of): (&'static str, Option<usize>) = match row.outcome {
        Outcome::New(_) => ("import-result-new", None),
        Outcome::Bad(_) => ("import-result-bad", None),
        Outcome::Imported => ("import-result-imported", None),
        Outcome::Repeat { of } => ("import-result-repeat", Some(of)),
    };
    move || match of {
        Some(of) => i18n.t_args(id, &[("row", of.into())]),
        None => i18n.t(id),
    }
}

/// Each problem of bad row `number` after the column it is in (or the
/// field, when no column fills it: a required field left out).
fn problems_text(
    i18n: I18n,
    number: usize,
    invalid: &Invalid,
    chosen: RwSignal<Option<Chosen>>,
    mapping: RwSignal<Mapping>,
) -> impl Fn() -> String {
    let invalid = invalid.clone();
    move || {
        invalid
            .0
            .iter()
            .map(|error| {
                let field = Field::from_code(error.field);
                let column = field.and_then(|f| mapping.with_untracked(|m| m.column_of(f)));
                let (header, value) = chosen
                    .with_untracked(|c| {
                        let sheet = &c.as_ref()?.sheet;
                        let column = column?;
                        let row = sheet.rows.iter().find(|r| r.number == number)?;
                        Some((
                            sheet.headers.get(column)?.clone(),
                            row.cell(column).trim().to_string(),
                        ))
                    })
                    .unzip();
                let place = header.unwrap_or_else(|| {
                    field.map_or_else(|| error.field.to_string(), |f| i18n.t(f.message_id()))
                });
                let problem =
                    problem_in_file(i18n, field, &error.problem, &value.unwrap_or_default());
                format!("{place}: {problem}")
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A problem with a cell, saying what the cell holds where that helps: the
/// domain's own words for a reference that is not there ("removed on another
/// device") fit a form, not a name in a file.
fn problem_in_file(i18n: I18n, field: Option<Field>, problem: &Problem, value: &str) -> String {
    let id = match (problem, field) {
        (Problem::Unknown, Some(Field::Assignee | Field::Owner)) => "import-unknown-person",
        (Problem::Unknown, Some(Field::Client)) => "import-unknown-client",
        (Problem::Unknown, _) => "import-unknown-value",
        (Problem::InvalidDay, _) => "import-invalid-day",
        _ => return problem_text(i18n, problem),
    };
    i18n.t_args(id, &[("value", value.into())])
}

/// What the import wrote, with the way to the desk; or why it wrote
/// nothing.
#[component]
fn DoneMessage(done: Done) -> impl IntoView {
    let i18n = use_i18n();
    match done {
        Done::Wrote { count, target } => {
            let (id, href, desk) = match target {
                Target::Tasks => ("import-done-tasks", "/team", "import-open-team"),
                Target::Clients => ("import-done-clients", "/clients", "import-open-clients"),
                Target::Contacts => ("import-done-contacts", "/clients", "import-open-clients"),
            };
            let args: [(&str, Arg); 1] = [("count", count.into())];
            view! {
                <p class="banner success" role="status" data-testid="import-done" data-count=count>
                    {move || i18n.t_args(id, &args)}
                    " "
                    <A href=href>{tr(desk)}</A>
                </p>
            }
            .into_any()
        }
        Done::Failed(reason) => view! {
            <p class="form-message" role="alert" data-testid="import-failed">
                {move || i18n.t_args("import-failed", &[("reason", reason.clone().into())])}
            </p>
        }
        .into_any(),
    }
}
