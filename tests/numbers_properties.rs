//! `number-mismatch` by value, as a property: a French master writes a random date or number,
//! a translation in each locale of the tool writes it as ICU4X renders it there (numeric,
//! medium and long dates; decimals with and without grouping, with the locale's separators),
//! and `compare_in` finds no number-mismatch; the same translation with the value changed
//! (another day, another digit) gets one.
//!
//! The renderings are made here with ICU4X directly, not with `charte::numbers`, so the
//! property does not check the tool against itself. 256 cases per property (`PROPTEST_CASES`)
//! with a fixed seed in the suite; `PROPTEST_RNG_SEED=<n>` draws others.

use charte::check::{Conventions, compare_in};
use charte::{Rule, SourceFile, parse};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::options::YearStyle;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale::Locale;
use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use writeable::Writeable;

/// The locales of the tool's messages, each a possible translation language.
const LOCALES: [&str; 6] = ["en", "fr", "de", "es", "it", "nl"];

fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(20_261_129);
    }
    config
}

/// A locale's date formatters (numeric with a four-digit year, medium, long) and decimal
/// formatters (its usual grouping, none), made once per thread.
struct Formatters {
    dates: Vec<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    decimals: Vec<DecimalFormatter>,
}

fn formatters<T>(tag: &str, use_them: impl FnOnce(&Formatters) -> T) -> T {
    thread_local! {
        static MADE: RefCell<HashMap<String, Rc<Formatters>>> = RefCell::default();
    }
    let made = MADE.with_borrow_mut(|made| {
        made.entry(tag.to_owned())
            .or_insert_with(|| {
                let locale: Locale = tag.parse().expect("locale");
                let numeric = YMD::short().with_year_style(YearStyle::Full);
                let dates = [numeric, YMD::medium(), YMD::long()]
                    .into_iter()
                    .map(|fields| FixedCalendarDateTimeFormatter::try_new((&locale).into(), fields).expect("dates"))
                    .collect();
                let decimals = [GroupingStrategy::Auto, GroupingStrategy::Never]
                    .into_iter()
                    .map(|grouping| {
                        let mut options = DecimalFormatterOptions::default();
                        options.grouping_strategy = Some(grouping);
                        DecimalFormatter::try_new((&locale).into(), options).expect("decimals")
                    })
                    .collect();
                Rc::new(Formatters { dates, decimals })
            })
            .clone()
    });
    use_them(&made)
}

/// The date as `tag`'s locale writes it in the numeric (four-digit year), medium and long forms.
fn date_forms(tag: &str, date: &Date<Gregorian>) -> Vec<String> {
    formatters(tag, |f| f.dates.iter().map(|d| d.format(date).write_to_string().into_owned()).collect())
}

/// The number (`1234.5`) as `tag`'s locale writes it with its usual grouping and without.
fn number_forms(tag: &str, number: &str) -> Vec<String> {
    let decimal: Decimal = number.parse().expect("decimal");
    formatters(tag, |f| f.decimals.iter().map(|d| d.format(&decimal).write_to_string().into_owned()).collect())
}

/// The number-mismatch findings of `translation` (in `lang`) against the French `master`.
fn mismatches(master: &str, lang: &str, translation: &str) -> usize {
    let m = SourceFile::new("fr.md", master);
    let t = SourceFile::new(format!("{lang}.md"), translation);
    let conventions = Conventions { master_language: Some("fr".to_owned()), ..Conventions::default() };
    let c = compare_in(&m, &parse(&m), &t, &parse(&t), &conventions, Some(lang));
    c.diagnostics.iter().filter(|d| d.rule == Rule::NumberMismatch).count()
}

fn unit(value: &str) -> String {
    format!("# Titre\n\nVersion {value} à jour.\n")
}

/// A number of up to nine digits, with a fraction of up to three digits or none: its text as
/// ICU4X reads it (`1234.5`).
fn number() -> impl Strategy<Value = String> {
    (0u64..1_000_000_000, prop::option::of("[0-9]{1,3}"))
        .prop_map(|(integer, fraction)| fraction.map_or(integer.to_string(), |f| format!("{integer}.{f}")))
}

/// `number` with one digit changed (the first one never to a 0, unless the number is 0).
fn another_digit(number: &str, at: usize, by: u8) -> String {
    let digits: Vec<usize> = number.char_indices().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
    let i = digits[at % digits.len()];
    let old = number.as_bytes()[i] - b'0';
    let leading = i == 0 && number.len() > 1 && number.as_bytes()[1] != b'.';
    let mut new = (old + 1 + by % 9) % 10;
    if leading && new == 0 {
        new = if old == 1 { 2 } else { 1 };
    }
    let mut out = number.to_owned();
    out.replace_range(i..=i, &new.to_string());
    out
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_date_in_any_form_of_the_locale_is_the_same_date_and_another_day_is_not(
        year in 1900i32..2100,
        month in 1u8..=12,
        day in 1u8..=28,
        long_month in any::<bool>(),
        shift in 1u8..28,
    ) {
        // Days 29 to 31 where the month has them.
        let day = if long_month && day > 25 { day + 3 } else { day };
        let Ok(date) = Date::try_new_gregorian(year, month, day) else {
            return Err(TestCaseError::reject("no such day"));
        };
        let master = unit(&format!("{day:02}/{month:02}/{year}"));
        // Another day of the same month, never the same: 1 to 27 days later, wrapped to 1..=28.
        let other_day = (day - 1 + shift) % 28 + 1;
        let other = Date::try_new_gregorian(year, month, other_day).expect("day ≤ 28");
        for lang in LOCALES {
            for (form, changed) in date_forms(lang, &date).into_iter().zip(date_forms(lang, &other)) {
                prop_assert_eq!(mismatches(&master, lang, &unit(&form)), 0, "{}: {} for {}", lang, form, master);
                prop_assert_eq!(mismatches(&master, lang, &unit(&changed)), 1, "{}: {} for {}", lang, changed, master);
            }
        }
    }

    #[test]
    fn a_number_with_the_locale_separators_is_the_same_number_and_another_digit_is_not(
        number in number(),
        grouped in any::<bool>(),
        at in any::<usize>(),
        by in any::<u8>(),
    ) {
        let changed = another_digit(&number, at, by);
        prop_assert_ne!(&changed, &number);
        // The master writes it grouped (`1 234,5`, a narrow no-break space) or not (`1234,5`).
        let fr = number_forms("fr", &number);
        let master = unit(&fr[usize::from(!grouped)]);
        for lang in LOCALES {
            for (form, other) in number_forms(lang, &number).into_iter().zip(number_forms(lang, &changed)) {
                prop_assert_eq!(mismatches(&master, lang, &unit(&form)), 0, "{}: {} for {}", lang, form, master);
                prop_assert_eq!(mismatches(&master, lang, &unit(&other)), 1, "{}: {} for {}", lang, other, master);
            }
        }
    }
}

#[test]
fn the_renderings_have_the_locale_separators() {
    // The property's inputs are what they claim to be: grouped and decimal forms per locale.
    assert_eq!(number_forms("de", "12345.5"), ["12.345,5", "12345,5"]);
    assert_eq!(number_forms("en", "12345.5"), ["12,345.5", "12345.5"]);
    assert_eq!(number_forms("fr", "12345.5"), ["12\u{202f}345,5", "12345,5"]);
    let date = Date::try_new_gregorian(2024, 10, 3).unwrap();
    assert_eq!(date_forms("de", &date), ["03.10.2024", "03.10.2024", "3. Oktober 2024"]);
    assert_eq!(another_digit("1234.5", 0, 0), "2234.5");
    assert_eq!(another_digit("9", 0, 0), "0");
    assert_eq!(another_digit("90", 0, 0), "10");
}
