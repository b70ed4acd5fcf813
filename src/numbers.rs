//! Numbers and dates as values, for `number-mismatch`.
//!
//! A translation writes the master's `10/10/2024` as its own language does: `10.10.2024` or
//! `10. Oktober 2024` in German, `10 oktober 2024` in Dutch. ICU4X formats but does not parse,
//! so the master's values are read here by a small parser that follows the master's locale
//! (which order a numeric date has, which separators a number has), then rendered by ICU4X in
//! the translation's locale in every accepted form. A translation that writes any of them
//! writes the value; one that writes another value does not.
//!
//! An ambiguous date is read in the master's locale: `03/04/2024` is 3 April in a French master
//! and March 4 in an American English one. A two-digit year, a value of other shape
//! (`1.2.3`, `10:30`) or a locale ICU4X does not know are compared as written.

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::options::{Alignment, YearStyle};
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale::Locale;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use writeable::{TryWriteable, Writeable};

/// How `number-mismatch` compares dates (`[numbers] dates` in `charte.toml`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Dates {
    /// A date is the same date in any form the translation's locale writes (`"locale"`).
    #[default]
    Locale,
    /// A date is compared as written, digit for digit (`"exact"`).
    Exact,
}

/// A number or a date read from the master.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A day of the Gregorian calendar.
    Date {
        /// The year, four digits.
        year: i32,
        /// The month, 1 to 12.
        month: u8,
        /// The day of the month.
        day: u8,
    },
    /// A decimal number: its digits without grouping, and those after the decimal separator.
    Number {
        /// The integer part.
        integer: String,
        /// The fraction, empty for an integer.
        fraction: String,
    },
}

/// How a locale writes numbers and numeric dates, as the master's parser needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// The order of a numeric date's fields.
    pub order: Order,
    /// The grouping separator (`.` in German, a narrow no-break space in French).
    pub group: String,
    /// The decimal separator.
    pub decimal: String,
}

/// The order of a numeric date's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// `10/03/2024` is 10 March.
    DayFirst,
    /// `03/10/2024` is March 10.
    MonthFirst,
    /// `2024/03/10`.
    YearFirst,
}

/// Characters taken as a space between the groups of a number: the no-break, narrow no-break
/// and thin spaces (a plain space separates two numbers: `ports 80 443`).
const SPACES: [char; 3] = ['\u{a0}', '\u{202f}', '\u{2009}'];

/// The ICU4X locale of a language tag: the tag, else its language, else none (a language that
/// ICU4X's data does not know: its values are compared as written).
fn locale(tag: &str) -> Option<Locale> {
    let parsed = tag.parse::<Locale>().ok().or_else(|| tag.split(['-', '_']).next()?.parse().ok())?;
    (parsed.id.language != icu_locale::subtags::Language::UNKNOWN && known(&parsed)).then_some(parsed)
}

/// Whether ICU4X has data for a locale's language: a language it does not know falls back to
/// the root locale, whose long date spells the month as a number (`2024 M10 10`).
fn known(locale: &Locale) -> bool {
    let long =
        |l: &Locale| Some(date_formatter(l, YMD::long())?.format(&sample_date()?).write_to_string().into_owned());
    let root = Locale::UNKNOWN;
    match (long(locale), long(&root)) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    }
}

/// 22 November 2033: its day, month and year are told apart by their values.
fn sample_date() -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(2033, 11, 22).ok()
}

fn date_formatter(locale: &Locale, fields: YMD) -> Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>> {
    FixedCalendarDateTimeFormatter::try_new(locale.into(), fields).ok()
}

fn decimal_formatter(locale: &Locale, grouping: GroupingStrategy) -> Option<DecimalFormatter> {
    let mut options = DecimalFormatterOptions::default();
    options.grouping_strategy = Some(grouping);
    DecimalFormatter::try_new(locale.into(), options).ok()
}

impl Reading {
    /// How the locale of `tag` writes numbers and dates, from ICU4X's data; `None` for a locale
    /// it does not know.
    ///
    /// ```
    /// use charte::numbers::{Order, Reading};
    /// let fr = Reading::new("fr").unwrap();
    /// assert_eq!((fr.order, fr.decimal.as_str()), (Order::DayFirst, ","));
    /// assert_eq!(Reading::new("en-US").unwrap().order, Order::MonthFirst);
    /// ```
    pub fn new(tag: &str) -> Option<Reading> {
        let locale = locale(tag)?;
        let numeric = date_formatter(&locale, YMD::short().with_year_style(YearStyle::Full))?;
        let date = numeric.format(&sample_date()?).write_to_string().into_owned();
        let first = date.split(|c: char| !c.is_ascii_digit()).find(|p| !p.is_empty())?;
        let order = match first {
            "2033" => Order::YearFirst,
            "11" => Order::MonthFirst,
            _ => Order::DayFirst,
        };
        let decimal = decimal_formatter(&locale, GroupingStrategy::Always)?;
        let sample: Decimal = "1000.5".parse().ok()?;
        let text = decimal.format(&sample).write_to_string().into_owned();
        // "1 000,5": the grouping separator after the 1, the decimal one before the 5.
        let body = text.strip_prefix('1')?.strip_suffix('5')?;
        let (group, decimal) = body.split_once("000")?;
        (!group.is_empty() && !decimal.is_empty()).then(|| Reading {
            order,
            group: group.to_owned(),
            decimal: decimal.to_owned(),
        })
    }

    /// Reads a number or a numeric date as this locale writes it; `None` for other shapes,
    /// which are compared as written.
    ///
    /// ```
    /// use charte::numbers::{Reading, Value};
    /// let fr = Reading::new("fr").unwrap();
    /// assert_eq!(fr.read("03/04/2024"), Some(Value::Date { year: 2024, month: 4, day: 3 }));
    /// assert_eq!(fr.read("1,5"), Some(Value::Number { integer: "1".into(), fraction: "5".into() }));
    /// assert_eq!(fr.read("1.2.3"), None);
    /// ```
    pub fn read(&self, token: &str) -> Option<Value> {
        self.date(token).or_else(|| self.number(token))
    }

    fn date(&self, token: &str) -> Option<Value> {
        let sep = token.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
        let parts: Vec<&str> = token.split(sep).collect();
        let [a, b, c] = parts[..] else { return None };
        if [a, b, c].iter().any(|p| p.is_empty() || !p.bytes().all(|d| d.is_ascii_digit())) {
            return None;
        }
        let (year, month, day) = if a.len() == 4 {
            (a, b, c)
        } else {
            match self.order {
                Order::MonthFirst => (c, a, b),
                Order::DayFirst | Order::YearFirst => (c, b, a),
            }
        };
        if year.len() != 4 || month.len() > 2 || day.len() > 2 {
            return None;
        }
        let (year, month, day) = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
        Date::try_new_gregorian(year, month, day).ok()?;
        Some(Value::Date { year, month, day })
    }

    fn number(&self, token: &str) -> Option<Value> {
        let (integer, fraction) = match token.split_once(self.decimal.as_str()) {
            Some((i, f)) => (i, f),
            None => (token, ""),
        };
        if !fraction.bytes().all(|d| d.is_ascii_digit()) {
            return None;
        }
        let spaced = self.group.chars().all(|c| c.is_whitespace());
        let groups: Vec<&str> = if spaced {
            integer.split(|c: char| SPACES.contains(&c) || self.group.contains(c)).collect()
        } else {
            integer.split(self.group.as_str()).collect()
        };
        let digits = |g: &&str| !g.is_empty() && g.bytes().all(|d| d.is_ascii_digit());
        if !groups.iter().all(digits)
            || (groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)))
        {
            return None;
        }
        let integer: String = groups.concat();
        // `007` is a name, not the number 7.
        if integer.len() > 1 && integer.starts_with('0') {
            return None;
        }
        Some(Value::Number { integer, fraction: fraction.to_owned() })
    }
}

/// The formatters of one translation language, made once per language and shared.
struct Formatters {
    dates: Vec<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    /// The long date with the month abbreviated (`10. Okt. 2024`): CLDR's medium date is
    /// numeric in some languages (German), where people still write the month short.
    abbreviated: Vec<(FixedCalendarDateTimeNames<Gregorian, YMD>, DateTimePattern)>,
    /// Per locale: its formatter without grouping and its grouping separator (from `10 000`).
    decimals: Vec<DecimalFormatter>,
    ungrouped: Vec<(DecimalFormatter, String)>,
}

/// The long date pattern of a locale with its wide month (`MMMM`) made abbreviated (`MMM`).
fn abbreviated(locale: &Locale) -> Option<(FixedCalendarDateTimeNames<Gregorian, YMD>, DateTimePattern)> {
    let long = date_formatter(locale, YMD::long())?;
    let pattern = long.format(&sample_date()?).pattern().write_to_string().into_owned();
    if !pattern.contains("MMMM") {
        return None;
    }
    let pattern: DateTimePattern = pattern.replacen("MMMM", "MMM", 1).parse().ok()?;
    let mut names = FixedCalendarDateTimeNames::<Gregorian, YMD>::try_new(locale.into()).ok()?;
    names.include_for_pattern(&pattern).ok()?;
    Some((names, pattern))
}

impl Formatters {
    fn new(tag: &str) -> Option<Formatters> {
        let main = locale(tag)?;
        let mut locales = vec![main.clone()];
        // English without a region is written the British way as well as the American one.
        if main.id.language.as_str() == "en" && main.id.region.is_none() {
            locales.extend("en-GB".parse::<Locale>().ok());
        }
        let mut dates = Vec::new();
        let mut abbreviated_dates = Vec::new();
        let mut decimals = Vec::new();
        let mut ungrouped = Vec::new();
        for l in &locales {
            let numeric = YMD::short().with_year_style(YearStyle::Full);
            for fields in [numeric, numeric.with_alignment(Alignment::Column), YMD::medium(), YMD::long()] {
                dates.extend(date_formatter(l, fields));
            }
            abbreviated_dates.extend(abbreviated(l));
            for grouping in [GroupingStrategy::Auto, GroupingStrategy::Always] {
                decimals.extend(decimal_formatter(l, grouping));
            }
            if let Some(never) = decimal_formatter(l, GroupingStrategy::Never) {
                ungrouped.extend(group_separator(l).map(|group| (never, group)));
            }
        }
        Some(Formatters { dates, abbreviated: abbreviated_dates, decimals, ungrouped })
    }
}

/// A locale's grouping separator: what its formatter writes between `10` and `000`.
fn group_separator(locale: &Locale) -> Option<String> {
    let text = decimal_formatter(locale, GroupingStrategy::Always)?
        .format(&Decimal::from(10000))
        .write_to_string()
        .into_owned();
    let mut chars = text.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    let rest: String = chars.collect();
    let group: String = rest.chars().take_while(|c| !c.is_numeric()).collect();
    (first.is_numeric() && second.is_numeric() && !group.is_empty()).then_some(group)
}

/// A number written without grouping with its first `digits` characters grouped by three.
fn grouped(plain: &str, digits: usize, group: &str) -> String {
    let chars: Vec<char> = plain.chars().collect();
    let digits = digits.min(chars.len());
    let mut out = String::new();
    for (i, c) in chars[..digits].iter().enumerate() {
        if i > 0 && (digits - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(*c);
    }
    out.extend(&chars[digits..]);
    out
}

type Cache<T> = OnceLock<Mutex<HashMap<String, Option<Arc<T>>>>>;

fn cached<T>(cache: &'static Cache<T>, tag: &str, make: impl FnOnce(&str) -> Option<T>) -> Option<Arc<T>> {
    let map = cache.get_or_init(Mutex::default);
    if let Some(found) = map.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(tag) {
        return found.clone();
    }
    // Made outside the lock: two threads may make the same one, and the first one kept wins.
    let made = make(tag).map(Arc::new);
    let mut map = map.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    map.entry(tag.to_owned()).or_insert(made).clone()
}

/// How the master's language writes values, made once per language.
pub fn reading(tag: &str) -> Option<Arc<Reading>> {
    static CACHE: Cache<Reading> = OnceLock::new();
    cached(&CACHE, tag, Reading::new)
}

/// A translation language's renderings of values.
#[derive(Clone)]
pub struct Renderer {
    formatters: Arc<Formatters>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer").finish_non_exhaustive()
    }
}

impl Renderer {
    /// The renderer of a language tag, made once per tag; `None` for a locale ICU4X does not
    /// know.
    pub fn new(tag: &str) -> Option<Renderer> {
        static CACHE: Cache<Formatters> = OnceLock::new();
        cached(&CACHE, tag, Formatters::new).map(|formatters| Renderer { formatters })
    }

    /// Every form of a value this locale writes, each once, in a stable order.
    ///
    /// ```
    /// use charte::numbers::{Renderer, Value};
    /// let de = Renderer::new("de").unwrap();
    /// let forms = de.forms(&Value::Date { year: 2024, month: 10, day: 10 });
    /// assert!(forms.iter().any(|f| f == "10.10.2024"), "{forms:?}");
    /// assert!(forms.iter().any(|f| f == "10. Oktober 2024"), "{forms:?}");
    /// ```
    pub fn forms(&self, value: &Value) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut push = |s: String| {
            if !out.contains(&s) {
                out.push(s);
            }
        };
        match value {
            Value::Date { year, month, day } => {
                let Ok(date) = Date::try_new_gregorian(*year, *month, *day) else { return out };
                for f in &self.formatters.dates {
                    push(f.format(&date).write_to_string().into_owned());
                }
                for (names, pattern) in &self.formatters.abbreviated {
                    if let Ok(text) = names.with_pattern_unchecked(pattern).format(&date).try_write_to_string() {
                        push(text.into_owned());
                    }
                }
            }
            Value::Number { integer, fraction } => {
                let text = if fraction.is_empty() { integer.clone() } else { format!("{integer}.{fraction}") };
                let Ok(decimal) = text.parse::<Decimal>() else { return out };
                for f in &self.formatters.decimals {
                    push(f.format(&decimal).write_to_string().into_owned());
                }
                // Without grouping, and grouped by thousands even where the locale leaves four
                // digits ungrouped (`1000` in Italian and Spanish, often written `1.000`).
                for (never, group) in &self.formatters.ungrouped {
                    let plain = never.format(&decimal).write_to_string().into_owned();
                    push(grouped(&plain, integer.len(), group));
                    push(plain);
                }
            }
        }
        out
    }
}

/// A text as forms are looked for in it: lowercase, every kind of space a plain space, the
/// typographic apostrophe a straight one.
///
/// ```
/// assert_eq!(charte::numbers::normalize("1\u{202f}000,5 Okt."), "1 000,5 okt.");
/// ```
pub fn normalize(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let c = if c.is_whitespace() {
                ' '
            } else if c == '\u{2019}' {
                '\''
            } else {
                c
            };
            c.to_lowercase()
        })
        .collect()
}

/// Whether a normalised text writes one of the forms (normalised here), as a whole value: not
/// inside a longer number (`1.000` in `1.000,5`, `10.10.2024` in `110.10.2024`).
///
/// ```
/// use charte::numbers::{normalize, writes};
/// let forms = ["10. Oktober 2024".to_owned()];
/// assert!(writes(&normalize("Fassung vom 10. oktober 2024."), &forms));
/// assert!(!writes(&normalize("Fassung vom 110. Oktober 2024"), &forms));
/// ```
pub fn writes(text: &str, forms: &[String]) -> bool {
    forms.iter().any(|form| {
        let form = normalize(form);
        if form.is_empty() {
            return false;
        }
        let number_joint = |c: char| matches!(c, '.' | ',' | '\'' | '/' | '-' | ' ');
        let mut from = 0;
        while let Some(i) = text[from..].find(&form) {
            let (start, end) = (from + i, from + i + form.len());
            let mut before = text[..start].chars().rev();
            let mut after = text[end..].chars();
            let digit_edge = |edge: Option<char>, next: Option<char>| {
                edge.is_some_and(|c| c.is_ascii_digit())
                    || (edge.is_some_and(number_joint) && next.is_some_and(|c| c.is_ascii_digit()))
            };
            let starts_digit = form.starts_with(|c: char| c.is_ascii_digit());
            let ends_digit = form.ends_with(|c: char| c.is_ascii_digit());
            let glued_before = starts_digit && digit_edge(before.next(), before.next());
            let glued_after = ends_digit && digit_edge(after.next(), after.next());
            if !glued_before && !glued_after {
                return true;
            }
            from = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> Option<Value> {
        Some(Value::Date { year, month, day })
    }

    fn number(integer: &str, fraction: &str) -> Option<Value> {
        Some(Value::Number { integer: integer.into(), fraction: fraction.into() })
    }

    #[test]
    fn a_french_master_is_read_day_first_with_a_decimal_comma() {
        let fr = Reading::new("fr").unwrap();
        assert_eq!(fr.read("10/10/2024"), date(2024, 10, 10));
        assert_eq!(fr.read("03/04/2024"), date(2024, 4, 3));
        assert_eq!(fr.read("3.4.2024"), date(2024, 4, 3));
        assert_eq!(fr.read("2024-04-03"), date(2024, 4, 3));
        assert_eq!(fr.read("1\u{202f}000,5"), number("1000", "5"));
        assert_eq!(fr.read("1\u{a0}000"), number("1000", ""));
        assert_eq!(fr.read("2,50"), number("2", "50"));
        assert_eq!(fr.read("42"), number("42", ""));
    }

    #[test]
    fn other_shapes_are_not_values() {
        let fr = Reading::new("fr").unwrap();
        for token in ["31/02/2024", "10/10/24", "1.2.3", "10:30", "1\u{a0}00", "007", "13/13/2024", "1,2,3"] {
            assert_eq!(fr.read(token), None, "{token}");
        }
    }

    #[test]
    fn an_american_master_is_read_month_first_with_a_decimal_point() {
        let en = Reading::new("en-US").unwrap();
        assert_eq!(en.read("03/04/2024"), date(2024, 3, 4));
        assert_eq!(en.read("1,000.5"), number("1000", "5"));
        assert_eq!(en.read("1,5"), None);
        let de = Reading::new("de").unwrap();
        assert_eq!(de.read("1.000,5"), number("1000", "5"));
        assert_eq!(de.read("10.10.2024"), date(2024, 10, 10));
    }

    #[test]
    fn unknown_locales_have_no_reading_or_renderer() {
        assert!(Reading::new("qaa").is_none());
        assert!(Renderer::new("qaa").is_none());
        assert!(Renderer::new("de-AT").is_some());
    }

    #[test]
    fn forms_of_dates_and_numbers() {
        let oct10 = Value::Date { year: 2024, month: 10, day: 10 };
        let has = |tag: &str, value: &Value, form: &str| {
            let forms = Renderer::new(tag).unwrap().forms(value);
            assert!(writes(&normalize(form), &forms), "{tag}: {form} not in {forms:?}");
        };
        for form in ["10.10.2024", "10. Okt. 2024", "10. Oktober 2024"] {
            has("de", &oct10, form);
        }
        for form in ["10-10-2024", "10 oktober 2024", "10 okt 2024"] {
            has("nl", &oct10, form);
        }
        for form in ["10 October 2024", "10/10/2024", "October 10, 2024", "Oct 10, 2024"] {
            has("en", &oct10, form);
        }
        let n = Value::Number { integer: "1000".into(), fraction: "5".into() };
        let pairs = [("de", "1.000,5"), ("de", "1000,5"), ("en", "1,000.5"), ("fr", "1 000,5"), ("it", "1.000,5")];
        for (tag, form) in pairs.into_iter().chain([("fr", "1000,5"), ("es", "1000,5"), ("es", "1.000,5")]) {
            has(tag, &n, form);
        }
        let de = Renderer::new("de").unwrap().forms(&n);
        assert!(!writes(&normalize("1,000.5"), &de), "{de:?}");
        let big = Renderer::new("it").unwrap().forms(&Value::Number { integer: "1234567".into(), fraction: "".into() });
        assert!(writes("1.234.567", &big) && writes("1234567", &big) && !writes("1.234567", &big), "{big:?}");
        let gb = Renderer::new("en-GB").unwrap().forms(&oct10);
        assert!(!writes(&normalize("October 10, 2024"), &gb), "{gb:?}");
    }

    #[test]
    fn a_form_inside_a_longer_number_is_not_written() {
        let forms = ["1.000".to_owned()];
        assert!(writes("1.000 leute", &forms));
        assert!(writes("am ende: 1.000.", &forms));
        assert!(!writes("1.000,5", &forms));
        assert!(!writes("21.000", &forms));
        assert!(!writes("1.0001", &forms));
    }
}
