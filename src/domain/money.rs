//! Amounts of money, exact: integer minor units (cents) with the currency
//! that says how many of them make a unit. Text is parsed digit by digit,
//! never through a float, so "0.10" is ten cents and not 0.1000000000000000055.

use super::coded::coded_enum;
use super::validation::Problem;

coded_enum! {
    /// The currencies offered (ISO 4217 codes).
    pub enum Currency ("currency") {
        #[default]
        Eur = "EUR",
        Usd = "USD",
        Gbp = "GBP",
        Sek = "SEK",
        Chf = "CHF",
        Jpy = "JPY",
    }
}

impl Currency {
    /// How many decimals the currency's minor unit has (ISO 4217).
    pub fn digits(self) -> u8 {
        match self {
            Currency::Jpy => 0,
            _ => 2,
        }
    }

    fn scale(self) -> i64 {
        10_i64.pow(u32::from(self.digits()))
    }
}

/// Parses an amount above zero typed as "12", "12.50" or "12,50" (either
/// decimal separator, no thousands separators) into minor units of
/// `currency`.
pub fn parse_amount(text: &str, currency: Currency) -> Result<i64, Problem> {
    let text = text.trim();
    if text.starts_with('-') {
        return Err(Problem::NotAboveZero);
    }
    let (whole, fraction) = match text.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return Err(Problem::InvalidAmount);
    }
    let fraction = fraction.unwrap_or_default();
    let digits = currency.digits();
    if fraction.len() > usize::from(digits) {
        return Err(Problem::TooManyDecimals { digits });
    }
    let padded = format!("{fraction:0<width$}", width = usize::from(digits));
    let minor = whole
        .parse::<i64>()
        .ok()
        .and_then(|units| units.checked_mul(currency.scale()))
        .and_then(|units| units.checked_add(padded.parse().unwrap_or(0)))
        .ok_or(Problem::InvalidAmount)?;
    if minor == 0 {
        return Err(Problem::NotAboveZero);
    }
    Ok(minor)
}

/// `minor` units of `currency` as decimal text with the currency's digits
/// and `separator` between units and decimals: 1250 EUR is "12.50".
pub fn format_amount(minor: i64, currency: Currency, separator: char) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let minor = minor.unsigned_abs();
    let digits = currency.digits();
    if digits == 0 {
        return format!("{sign}{minor}");
    }
    let scale = 10_u64.pow(u32::from(digits));
    format!(
        "{sign}{}{separator}{:0width$}",
        minor / scale,
        minor % scale,
        width = usize::from(digits)
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn both_decimal_separators_parse_exactly() {
        assert_eq!(parse_amount("12,50", Currency::Eur), Ok(1250));
        assert_eq!(parse_amount(" 12.50 ", Currency::Eur), Ok(1250));
        assert_eq!(parse_amount("12.5", Currency::Eur), Ok(1250));
        assert_eq!(parse_amount("0.10", Currency::Eur), Ok(10));
        assert_eq!(parse_amount("12", Currency::Eur), Ok(1200));
        assert_eq!(parse_amount("1500", Currency::Jpy), Ok(1500));
    }

    #[test]
    fn bad_amounts_are_refused_with_their_reason() {
        let eur = Currency::Eur;
        assert_eq!(
            parse_amount("12.505", eur),
            Err(Problem::TooManyDecimals { digits: 2 })
        );
        assert_eq!(
            parse_amount("15.5", Currency::Jpy),
            Err(Problem::TooManyDecimals { digits: 0 })
        );
        assert_eq!(parse_amount("-3.00", eur), Err(Problem::NotAboveZero));
        assert_eq!(parse_amount("0,00", eur), Err(Problem::NotAboveZero));
        for garbage in [
            "", "twelve", "12.", ".50", "1.234,50", "12 50", "1e3", "+5", "€12",
        ] {
            assert_eq!(
                parse_amount(garbage, eur),
                Err(Problem::InvalidAmount),
                "{garbage}"
            );
        }
        assert_eq!(
            parse_amount("99999999999999999999", eur),
            Err(Problem::InvalidAmount)
        );
    }

    #[test]
    fn amounts_format_with_the_currency_digits() {
        assert_eq!(format_amount(1250, Currency::Eur, '.'), "12.50");
        assert_eq!(format_amount(5, Currency::Usd, ','), "0,05");
        assert_eq!(format_amount(1500, Currency::Jpy, '.'), "1500");
        assert_eq!(format_amount(-1250, Currency::Eur, '.'), "-12.50");
        assert_eq!(
            format_amount(i64::MIN, Currency::Eur, '.'),
            "-92233720368547758.08"
        );
    }

    fn currency() -> impl Strategy<Value = Currency> {
        proptest::sample::select(Currency::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn minor_units_survive_formatting_and_parsing(
            minor in 1..i64::MAX,
            currency in currency(),
            comma in any::<bool>(),
        ) {
            let separator = if comma { ',' } else { '.' };
            let text = format_amount(minor, currency, separator);
            prop_assert_eq!(parse_amount(&text, currency), Ok(minor));
        }

        #[test]
        fn canonical_text_survives_parsing_and_formatting(
            units in 0..1_000_000_000_i64,
            cents in 0..100_i64,
        ) {
            prop_assume!(units + cents > 0);
            let text = format!("{units}.{cents:02}");
            let minor = parse_amount(&text, Currency::Eur).unwrap();
            prop_assert_eq!(format_amount(minor, Currency::Eur, '.'), text);
        }
    }
}
