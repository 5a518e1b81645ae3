use super::*;

fn names(id: &str) -> Option<String> {
    (id == "m2").then(|| "Sam".to_string())
}

fn request(kind: RequestKind) -> RequestInput {
    RequestInput {
        from: "  Jo at Acme ".into(),
        channel: RequestChannel::Phone,
        kind,
        asked: "Move Friday's meeting".into(),
    }
}

fn named(name: &str) -> TargetInput {
    TargetInput {
        member: String::new(),
        name: name.into(),
    }
}

#[test]
fn email_and_calendar_go_to_the_executive_assistant_by_default() {
    for kind in [RequestKind::Email, RequestKind::Calendar] {
        let (to, rule) = route(kind, &[]).unwrap();
        assert_eq!(to, RouteTarget::executive_assistant());
        assert_eq!(rule, kind.code());
    }
}

#[test]
fn other_kinds_have_no_rule_until_one_is_set() {
    for kind in [
        RequestKind::Client,
        RequestKind::Supplies,
        RequestKind::Facilities,
        RequestKind::Other,
    ] {
        assert_eq!(route(kind, &[]), None);
    }
}

#[test]
fn a_custom_rule_overrides_the_default() {
    let rule = set_rule(RequestKind::Email, &named(" Front desk "), names, "m1", 5).unwrap();
    assert_eq!(rule.id, "email");
    let (to, id) = route(RequestKind::Email, &[rule]).unwrap();
    assert_eq!(to.name, "Front desk");
    assert_eq!(to.member, None);
    assert_eq!(id, "email");
    // Calendar keeps its default.
    let rule = set_rule(RequestKind::Email, &named("Front desk"), names, "m1", 5).unwrap();
    assert!(route(RequestKind::Calendar, &[rule])
        .unwrap()
        .0
        .is_executive_assistant());
}

#[test]
fn a_rule_can_refer_to_a_member() {
    let to = TargetInput {
        member: "m2".into(),
        name: "ignored".into(),
    };
    let rule = set_rule(RequestKind::Supplies, &to, names, "m1", 5).unwrap();
    let (target, _) = route(RequestKind::Supplies, &[rule]).unwrap();
    assert_eq!(target.member.as_deref(), Some("m2"));
    assert_eq!(target.name, "Sam");
    // The member's current name is shown, the stored one if they left.
    assert_eq!(
        target.shown_name(|_| Some("Samira".into()), |id| id.into()),
        "Samira"
    );
    assert_eq!(target.shown_name(|_| None, |id| id.into()), "Sam");
}

#[test]
fn a_rule_needs_a_known_member_or_a_name() {
    let err = set_rule(RequestKind::Client, &named("  "), names, "m1", 0).unwrap_err();
    assert_eq!(err.for_field("name"), Some(&Problem::Required));
    let ghost = TargetInput {
        member: "ghost".into(),
        name: String::new(),
    };
    let err = set_rule(RequestKind::Client, &ghost, names, "m1", 0).unwrap_err();
    assert_eq!(err.for_field("member"), Some(&Problem::Unknown));
}

#[test]
fn only_the_default_executive_assistant_is_translated() {
    let translate = |id: &str| format!("<{id}>");
    assert_eq!(
        RouteTarget::executive_assistant().shown_name(names, translate),
        "<route-executive-assistant>"
    );
    let typed = RouteTarget {
        member: None,
        department: None,
        name: "Office manager".into(),
    };
    assert_eq!(typed.shown_name(names, translate), "Office manager");
}

#[test]
fn logging_applies_the_rule_and_records_the_referral() {
    let r = log_request(&request(RequestKind::Calendar), &[], "m1", 42).unwrap();
    assert_eq!(r.from, "Jo at Acme");
    let referral = r.referral.unwrap();
    assert!(referral.to.is_executive_assistant());
    assert_eq!(referral.rule.as_deref(), Some("calendar"));
    assert_eq!((referral.at, referral.by.as_str()), (42, "m1"));
    let r = log_request(&request(RequestKind::Supplies), &[], "m1", 42).unwrap();
    assert_eq!(r.referral, None);
}

#[test]
fn a_request_needs_who_asked_and_what() {
    let bad = RequestInput {
        from: " ".into(),
        asked: String::new(),
        ..Default::default()
    };
    let err = log_request(&bad, &[], "m1", 0).unwrap_err();
    assert_eq!(err.for_field("from"), Some(&Problem::Required));
    assert_eq!(err.for_field("asked"), Some(&Problem::Required));
}

#[test]
fn an_unrouted_request_is_referred_by_hand_and_then_done_once() {
    let mut r = log_request(&request(RequestKind::Other), &[], "m1", 0).unwrap();
    refer(&mut r, &named("Reception"), names, "m2", 10).unwrap();
    let referral = r.referral.clone().unwrap();
    assert_eq!(
        (referral.rule, referral.to.name.as_str()),
        (None, "Reception")
    );
    mark_done(&mut r, "m2", 20).unwrap();
    let err = mark_done(&mut r, "m1", 30).unwrap_err();
    assert_eq!(err.for_field("done"), Some(&Problem::AlreadyDone));
    assert_eq!(
        r.done.as_ref().map(|d| (d.at, d.by.as_str())),
        Some((20, "m2"))
    );
    assert!(refer(&mut r, &named("Elsewhere"), names, "m1", 40).is_err());
}

#[test]
fn the_lists_filter_by_kind_and_target() {
    let desk = set_rule(
        RequestKind::Supplies,
        &named("Office manager"),
        names,
        "m1",
        0,
    )
    .unwrap();
    let rules = [desk];
    let mut email = log_request(&request(RequestKind::Email), &rules, "m1", 1).unwrap();
    let supplies = log_request(&request(RequestKind::Supplies), &rules, "m1", 2).unwrap();
    let other = log_request(&request(RequestKind::Other), &rules, "m1", 3).unwrap();
    let mut done = log_request(&request(RequestKind::Email), &rules, "m1", 4).unwrap();
    mark_done(&mut done, "m1", 5).unwrap();
    email.id = "e".into();
    let all = [email.clone(), supplies.clone(), other.clone(), done.clone()];
    let ids = |list: Vec<&Request>| list.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(open_requests(&all, &RequestFilter::default())),
        [other.id.clone(), supplies.id.clone(), email.id.clone()]
    );
    let by_kind = RequestFilter {
        kind: Some(RequestKind::Email),
        ..Default::default()
    };
    assert_eq!(ids(open_requests(&all, &by_kind)), [email.id.clone()]);
    let unrouted = RequestFilter {
        target: TargetFilter::Unrouted,
        ..Default::default()
    };
    assert_eq!(ids(open_requests(&all, &unrouted)), [other.id]);
    let to_desk = RequestFilter {
        target: TargetFilter::To("name:office manager".into()),
        ..Default::default()
    };
    assert_eq!(ids(open_requests(&all, &to_desk)), [supplies.id]);
    assert_eq!(ids(done_requests(&all)), [done.id.clone()]);
    let targets: Vec<_> = referral_targets(&all)
        .iter()
        .map(RouteTarget::key)
        .collect();
    assert_eq!(targets, ["name:executive assistant", "name:office manager"]);
}

#[test]
fn supplies_requests_can_go_to_a_department_shown_by_its_current_name() {
    let mut department = "Facilities".to_string();
    let name_of = |key: &str| (key == "department:d1").then(|| department.clone());
    let to = TargetInput {
        member: "department:d1".into(),
        name: String::new(),
    };
    let rule = set_rule(RequestKind::Supplies, &to, name_of, "m1", 5).unwrap();
    assert_eq!(rule.to.department.as_deref(), Some("d1"));
    assert_eq!(rule.to.member, None);
    assert_eq!(rule.to.key(), "department:d1");
    let logged = log_request(&request(RequestKind::Supplies), &[rule], "m1", 6).unwrap();
    let referral = logged.referral.unwrap();
    assert_eq!(referral.to.name, "Facilities");
    department = "Office services".into();
    let name_of = |key: &str| (key == "department:d1").then(|| department.clone());
    assert_eq!(
        referral.to.shown_name(name_of, |id| id.to_string()),
        "Office services"
    );
    let gone = TargetInput {
        member: "department:d9".into(),
        name: String::new(),
    };
    let err = set_rule(RequestKind::Supplies, &gone, name_of, "m1", 5).unwrap_err();
    assert_eq!(err.for_field("member"), Some(&Problem::Unknown));
}
