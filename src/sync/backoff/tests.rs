use super::*;

#[test]
fn the_wait_doubles_from_half_a_second_up_to_thirty() {
    let mut backoff = Backoff::default();
    let waits: Vec<u128> = (0..9)
        .map(|_| backoff.next_delay(0.5).as_millis())
        .collect();
    assert_eq!(
        waits,
        [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]
    );
    for _ in 0..100 {
        assert_eq!(backoff.next_delay(0.5), LONGEST);
    }
}

#[test]
fn jitter_spreads_the_wait_by_a_quarter_either_way() {
    let wait = |random| Backoff::default().next_delay(random).as_millis();
    assert_eq!(wait(0.0), 375);
    assert_eq!(wait(0.999_999), 624);
    assert_eq!(wait(f64::NAN.max(2.0)), 625);
}

#[test]
fn a_working_connection_starts_the_waits_again() {
    let mut backoff = Backoff::default();
    for _ in 0..5 {
        backoff.next_delay(0.5);
    }
    backoff.reset();
    assert_eq!(backoff.next_delay(0.5).as_millis(), 500);
}
