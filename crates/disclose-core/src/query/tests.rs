//! Every query answered through the roll-ups equals the raw tables' answer.

use super::*;

#[test]
fn search_text_cannot_inject_fts_syntax() {
    assert_eq!(
        fts_query("doj subpoena").as_deref(),
        Some("\"doj\" \"subpoena\"*")
    );
    assert_eq!(
        fts_query("a\" OR b").as_deref(),
        Some("\"a\"\"\" \"OR\" \"b\"*")
    );
    assert_eq!(fts_query("   "), None);
}

/// A store of generated requests, some of them re-imported with changes (--replace),
/// so the roll-ups have seen inserts and replacements.
fn generated_store() -> Store {
    use crate::export::BundleWriter;
    use crate::import::{import_files, ImportOptions};
    let dir = tempfile::tempdir().expect("dir");
    let write = |name: &str, requests: Vec<crate::domain::Request>| {
        let path = dir.path().join(name);
        let mut file = std::fs::File::create(&path).expect("file");
        let mut w = BundleWriter::begin(&mut file, &crate::generate::context()).expect("begin");
        for r in &requests {
            w.request(r).expect("request");
        }
        w.finish(&[]).expect("finish");
        path
    };
    let all: Vec<_> = crate::generate::requests(5).take(1500).collect();
    let changed: Vec<_> = all
        .iter()
        .take(300)
        .cloned()
        .enumerate()
        .map(|(i, mut r)| {
            r.outcome = Some(Outcome::Rejected);
            r.country = Some("FR".into());
            // Numbers whose digits sort otherwise, and an empty, a capital and an accented
            // authority, for the sorts walked from the bitmaps.
            r.accounts_specified = [Some(10), Some(2), Some(100), None][i % 4];
            r.authority = ["", "Zoll", "Ämter", "a court"]
                .get(i % 5)
                .map(|a| a.to_string());
            r.categories
                .iter_mut()
                .for_each(|c| c.disposition = Disposition::Withheld);
            r
        })
        .collect();
    let (a, b) = (write("a.json", all), write("b.json", changed));
    let mut store = Store::open_in_memory().expect("store");
    import_files(
        &mut store,
        &[a.as_path()],
        &ImportOptions::default(),
        &mut |_| true,
    )
    .expect("import");
    let replace = ImportOptions {
        replace: true,
        ..ImportOptions::default()
    };
    import_files(&mut store, &[b.as_path()], &replace, &mut |_| true).expect("replace");
    store
}

#[test]
fn rollups_give_the_same_answers_as_the_raw_tables() {
    let s = generated_store();
    let d = |x: &str| x.parse::<NaiveDate>().ok();
    let filters = [
        Filter::default(),
        Filter {
            organisation: Some("sample-forge".into()),
            ..Filter::default()
        },
        Filter {
            from: d("2021-01-01"),
            to: d("2022-06-30"),
            ..Filter::default()
        },
        Filter {
            year: Some(2020),
            process: Some(Process::Subpoena),
            ..Filter::default()
        },
        Filter {
            outcome: Some(Outcome::Rejected),
            country: Some("FR".into()),
            ..Filter::default()
        },
    ];
    for f in &filters {
        assert!(
            f.rollup_sql(Rollup::Requests, Path::Auto).is_some(),
            "{f:?} should use the roll-up"
        );
        assert_eq!(
            stats_via(&s, f, Path::Auto).ok(),
            stats_via(&s, f, Path::Raw).ok(),
            "{f:?}"
        );
        assert_eq!(
            count_via(&s, f, Path::Auto).ok(),
            count_via(&s, f, Path::Raw).ok()
        );
        let facets = facets_via(&s, f, Path::Auto).expect("facets");
        assert_eq!(
            Some(&facets),
            facets_via(&s, f, Path::Raw).ok().as_ref(),
            "{f:?}"
        );
        assert!(
            !facets.year.is_empty() && !facets.category.is_empty(),
            "{f:?}"
        );
        for g in [Granularity::Month, Granularity::Quarter, Granularity::Year] {
            for by in [SeriesKey::Process, SeriesKey::Outcome] {
                assert_eq!(
                    counts_per_period_via(&s, f, g, by, Path::Auto).ok(),
                    counts_per_period_via(&s, f, g, by, Path::Raw).ok(),
                    "{f:?} {g:?} {by:?}"
                );
            }
            assert_eq!(
                category_counts_by_period_via(&s, f, g, Path::Auto).ok(),
                category_counts_by_period_via(&s, f, g, Path::Raw).ok(),
                "{f:?} {g:?}"
            );
        }
        assert_eq!(
            category_counts_via(&s, f, Path::Auto).ok(),
            category_counts_via(&s, f, Path::Raw).ok(),
            "{f:?}"
        );
        for metric in [
            crate::domain::Metric::Requests,
            crate::domain::Metric::SomeDataProduced,
        ] {
            let q = CompareQuery {
                metric: Some(metric),
                process: f.process,
                country: f.country.clone(),
                ..CompareQuery::default()
            };
            let auto = compare_via(&s, &q, Path::Auto).expect("compare");
            assert!(!auto.is_empty(), "{q:?}");
            assert_eq!(Some(auto), compare_via(&s, &q, Path::Raw).ok(), "{q:?}");
        }
    }
    assert_eq!(
        stats(&s, &Filter::default()).map(|x| x.requests).ok(),
        Some(1500)
    );
    // Filters a roll-up cannot answer go to the raw tables.
    let mid_month = Filter {
        from: d("2021-01-15"),
        ..Filter::default()
    };
    assert!(mid_month.rollup_sql(Rollup::Requests, Path::Auto).is_none());
    let searched = Filter {
        search: Some("counsel".into()),
        ..Filter::default()
    };
    assert!(searched.rollup_sql(Rollup::Requests, Path::Auto).is_none());
    let by_country = Filter {
        country: Some("US".into()),
        ..Filter::default()
    };
    assert!(by_country
        .rollup_sql(Rollup::Categories, Path::Auto)
        .is_none());
    assert!(by_country
        .rollup_sql(Rollup::Requests, Path::Auto)
        .is_some());
}

#[test]
fn period_size_follows_the_span() {
    let d = |s: &str| s.parse::<NaiveDate>().unwrap_or_default();
    assert_eq!(
        Granularity::for_span(d("2023-01-01"), d("2023-12-31")),
        Granularity::Month
    );
    assert_eq!(
        Granularity::for_span(d("2019-01-01"), d("2023-12-31")),
        Granularity::Quarter
    );
    assert_eq!(
        Granularity::for_span(d("2013-01-01"), d("2023-12-31")),
        Granularity::Half
    );
    assert_eq!(
        Granularity::for_span(d("2000-01-01"), d("2023-12-31")),
        Granularity::Year
    );
}

/// The request table (total, facets and the page's rows) from the facet bitmaps equals the
/// raw tables' answer for filters no roll-up can answer, through inserts, replacements,
/// deletes, undo and redo.
#[test]
fn the_request_table_from_bitmaps_equals_the_raw_tables() {
    use crate::edit::{delete, RecordKind, Target};
    use crate::store::journal::{redo, undo};
    let mut s = generated_store();
    let page = |s: &Store, f: &Filter| {
        let q = |path| {
            let mut answers = Vec::new();
            // Every sort, both ways, from the start, across a value's end and past the last.
            let sorts = <SortKey as strum::VariantArray>::VARIANTS.iter();
            for (&sort, descending, offset) in sorts.flat_map(|k| {
                [
                    (k, false, 0),
                    (k, true, 23),
                    (k, false, 790),
                    (k, true, 1600),
                ]
            }) {
                let q = ListQuery {
                    filter: f.clone(),
                    sort,
                    descending,
                    offset,
                    limit: 40,
                    // The facets once per filter: they do not depend on the sort.
                    facets: sort == SortKey::Received && offset == 0,
                };
                answers.push(list_requests_via(s, &q, path).expect("page"));
            }
            answers
        };
        let auto = q(Path::Auto);
        assert_eq!(auto, q(Path::Raw), "{f:?}");
        auto[0].total
    };
    let d = |x: &str| x.parse::<NaiveDate>().ok();
    let first: Vec<RequestRow> = list_requests(&s, &ListQuery::default()).expect("page").rows;
    let filters = [
        Filter::default(),
        Filter {
            country: Some("US".into()),
            category: Some("ip_address".into()),
            ..Filter::default()
        },
        Filter {
            category: Some("ip_address".into()),
            disposition: Some(Disposition::NotHeld),
            ..Filter::default()
        },
        Filter {
            disposition: Some(Disposition::Withheld),
            process: Some(Process::Subpoena),
            ..Filter::default()
        },
        Filter {
            search: Some("counsel".into()),
            ..Filter::default()
        },
        Filter {
            year: Some(2021),
            country: Some("FR".into()),
            ..Filter::default()
        },
        Filter {
            from: d("2021-01-15"),
            to: d("2022-03-10"),
            organisation: Some(first[0].organisation.clone()),
            ..Filter::default()
        },
        Filter {
            country: Some("ZZ".into()),
            ..Filter::default()
        },
    ];
    let totals: Vec<u64> = filters.iter().map(|f| page(&s, f)).collect();
    assert!(
        totals[1..totals.len() - 1].iter().all(|n| *n > 0),
        "every filter but the last leaves requests: {totals:?}"
    );
    assert_eq!(totals[totals.len() - 1], 0);

    // A delete, its undo and its redo move the requests out of and back into the bitmaps.
    for r in first.iter().take(3) {
        delete(
            &mut s,
            &Target {
                kind: RecordKind::Request,
                organisation: r.organisation.clone(),
                id: r.id.clone(),
            },
        )
        .expect("delete");
    }
    assert_eq!(page(&s, &Filter::default()), 1497);
    for f in &filters {
        page(&s, f);
    }
    undo(&mut s).expect("undo");
    assert_eq!(page(&s, &Filter::default()), 1498);
    for f in &filters {
        page(&s, f);
    }
    redo(&mut s).expect("redo");
    assert_eq!(page(&s, &Filter::default()), 1497);
    for f in &filters {
        page(&s, f);
    }
}

/// The table export's rows, found in order once, are the request table's pages one after
/// another, for every sort both ways.
#[test]
fn every_row_in_order_is_the_pages_one_after_another() {
    let s = generated_store();
    let filters = [
        Filter::default(),
        Filter {
            country: Some("FR".into()),
            ..Filter::default()
        },
        Filter {
            year: Some(2021),
            ..Filter::default()
        },
    ];
    for f in &filters {
        for &sort in <SortKey as strum::VariantArray>::VARIANTS {
            for descending in [false, true] {
                let mut q = ListQuery {
                    filter: f.clone(),
                    sort,
                    descending,
                    limit: 1000,
                    ..ListQuery::default()
                };
                let mut paged = Vec::new();
                loop {
                    let page = list_requests_via(&s, &q, Path::Raw).expect("page");
                    let last = page.rows.len() < 1000;
                    paged.extend(page.rows);
                    if last {
                        break;
                    }
                    q.offset += 1000;
                }
                let mut whole = Vec::new();
                let n = for_each_row(&s, &q, |rows| {
                    whole.extend_from_slice(rows);
                    Ok(())
                })
                .expect("rows");
                assert_eq!(n as usize, paged.len());
                assert_eq!(whole, paged, "{f:?} {sort:?} {descending}");
            }
        }
    }
}

/// The merge of each organisation's references gives the rows, in the order, that sorting
/// every matching row by reference gives (the request table uses it for sets larger than
/// this store, so it is held to SQL's answer here directly).
#[test]
fn the_reference_merge_equals_sorting_by_reference() {
    let s = generated_store();
    let filters = [
        Filter::default(),
        Filter {
            country: Some("FR".into()),
            ..Filter::default()
        },
        Filter {
            category: Some("ip_address".into()),
            disposition: Some(Disposition::NotHeld),
            ..Filter::default()
        },
    ];
    for f in &filters {
        let set = bitmaps::filtered(&s, f).expect("set");
        assert!(!set.is_empty());
        for descending in [false, true] {
            for offset in [0, 37, 1490] {
                let (w, mut p) = f.sql();
                p.push(Value::Integer(offset as i64));
                let dir = if descending { "DESC" } else { "ASC" };
                let sql = format!(
                    "SELECT r.rowid FROM requests r WHERE {w}
                     ORDER BY r.id {dir}, r.rowid {dir} LIMIT 50 OFFSET ?{}",
                    p.len()
                );
                let mut stmt = s.conn().prepare(&sql).expect("sql");
                let sorted: Vec<u32> = stmt
                    .query_map(rusqlite::params_from_iter(p), |r| r.get(0))
                    .expect("rows")
                    .collect::<rusqlite::Result<_>>()
                    .expect("rowids");
                let merged =
                    super::order::by_reference(&s, &set, descending, offset, 50).expect("merge");
                assert_eq!(merged, sorted, "{f:?} {dir} from {offset}");
            }
        }
    }
}

/// A store migrated from before the facet bitmaps (schema 9), or from before those of the
/// authority and the accounts (13), gets them filled from its rows: the same bitmaps as
/// the writes kept in step.
#[test]
fn the_migrations_fill_the_bitmaps_from_the_rows() {
    use crate::store::facets::{rebuild, Dim, EVERY};
    let s = generated_store();
    let stored = |s: &Store| -> Vec<(String, String, Vec<u8>)> {
        let mut stmt = s
            .conn()
            .prepare("SELECT dimension, value, bitmap FROM facet_bitmaps ORDER BY 1, 2")
            .expect("select");
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("rows");
        rows.collect::<rusqlite::Result<_>>().expect("bitmaps")
    };
    let before = stored(&s);
    assert!(before.iter().any(|(dim, _, _)| dim == "authority"));
    assert!(before.iter().any(|(dim, _, _)| dim == "accounts"));
    s.conn()
        .execute(
            "DELETE FROM facet_bitmaps WHERE dimension IN ('authority', 'accounts')",
            [],
        )
        .expect("empty");
    rebuild(s.conn(), &[Dim::Authority, Dim::Accounts]).expect("rebuild");
    assert_eq!(stored(&s), before);
    s.conn()
        .execute("DELETE FROM facet_bitmaps", [])
        .expect("empty");
    rebuild(s.conn(), &EVERY).expect("rebuild");
    assert_eq!(stored(&s), before);
}

/// An import into a store of few requests builds the date indexes after its rows; they are
/// there afterwards, and the request page walks them.
#[test]
fn the_date_indexes_are_back_after_an_import_into_an_empty_store() {
    let s = generated_store();
    let n: i64 = s
        .conn()
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index'
             AND name IN ('requests_by_received', 'requests_by_org_received')",
            [],
            |r| r.get(0),
        )
        .expect("indexes");
    assert_eq!(n, 2);
    let plan: String = s
        .conn()
        .query_row(
            "EXPLAIN QUERY PLAN SELECT rowid FROM requests r
             ORDER BY r.received_start DESC, r.rowid DESC LIMIT 100",
            [],
            |r| r.get(3),
        )
        .expect("plan");
    assert!(plan.contains("requests_by_received"), "{plan}");
}
