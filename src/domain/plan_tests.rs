//! The date engine, rule by rule, with concrete dates (FACTS.md R1–R17).

use super::*;
use crate::domain::milestones::Problem;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn item(plan: &Plan, task: Task) -> &PlanItem {
    plan.items
        .iter()
        .find(|i| i.task == task)
        .unwrap_or_else(|| panic!("{task:?} not in plan"))
}

fn moved_in(d: NaiveDate) -> Milestones {
    Milestones {
        moved_in: Some(d),
        ..Default::default()
    }
}

// R1
#[test]
fn registration_deadline_is_14_days_after_move_in() {
    let p = plan(&moved_in(date(2026, 4, 1)), date(2026, 4, 2));
    let r1 = item(&p, Task::Register);
    assert_eq!(r1.when, Some(When::By(date(2026, 4, 15))));
    assert_eq!(
        (r1.rule, r1.status, r1.trigger),
        (Rule::R1, Status::Upcoming, MilestoneField::MovedIn)
    );
}

#[test]
fn registration_deadline_crosses_a_leap_day_and_a_year_end() {
    let p = plan(&moved_in(date(2028, 2, 29)), date(2028, 2, 29));
    assert_eq!(
        item(&p, Task::Register).when,
        Some(When::By(date(2028, 3, 14)))
    );
    let p = plan(&moved_in(date(2026, 12, 20)), date(2026, 12, 20));
    assert_eq!(
        item(&p, Task::Register).when,
        Some(When::By(date(2027, 1, 3)))
    );
}

#[test]
fn status_turns_due_soon_seven_days_before_and_late_the_day_after() {
    let m = moved_in(date(2026, 4, 1)); // deadline 15 Apr
    let status = |today| item(&plan(&m, today), Task::Register).status;
    assert_eq!(status(date(2026, 4, 7)), Status::Upcoming); // 8 days left
    assert_eq!(status(date(2026, 4, 8)), Status::DueSoon); // 7 days left
    assert_eq!(status(date(2026, 4, 15)), Status::DueSoon); // deadline today
    assert_eq!(status(date(2026, 4, 16)), Status::Late);
}

#[test]
fn registering_completes_r1() {
    let m = Milestones {
        registered: Some(date(2026, 4, 20)),
        ..moved_in(date(2026, 4, 1))
    };
    assert_eq!(
        item(&plan(&m, date(2026, 4, 25)), Task::Register).status,
        Status::Done
    );
}

#[test]
fn without_a_move_in_date_registration_waits_and_is_the_next_step() {
    let p = plan(&Milestones::default(), date(2026, 4, 1));
    assert_eq!(item(&p, Task::Register).status, Status::Waiting);
    assert_eq!(item(&p, Task::Register).when, None);
    assert_eq!(p.next.map(|n| n.item.task), Some(Task::Register));
}

// R2
#[test]
fn the_letter_is_expected_14_to_30_days_after_registration() {
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2026, 4, 5));
    let r2 = item(&p, Task::ReceiveLetter);
    assert_eq!(
        r2.when,
        Some(When::Between(date(2026, 4, 17), date(2026, 5, 3)))
    );
    assert_eq!(r2.status, Status::Upcoming);
    assert_eq!(
        item(&plan(&m, date(2026, 4, 17)), Task::ReceiveLetter).status,
        Status::DueSoon
    );
    assert_eq!(
        item(&plan(&m, date(2026, 5, 4)), Task::ReceiveLetter).status,
        Status::Late
    );
    let got = Milestones {
        letter_received: Some(date(2026, 4, 20)),
        ..m
    };
    assert_eq!(
        item(&plan(&got, date(2026, 5, 4)), Task::ReceiveLetter).status,
        Status::Done
    );
}

// R3
#[test]
fn express_issuance_is_open_for_30_days_after_registration_and_then_disappears() {
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        ..moved_in(date(2026, 4, 1))
    };
    let r3 = item(&plan(&m, date(2026, 4, 3)), Task::ExpressIssuance).clone();
    assert_eq!(
        (r3.rule, r3.when),
        (Rule::R3, Some(When::By(date(2026, 5, 3))))
    );
    assert!(plan(&m, date(2026, 5, 3))
        .items
        .iter()
        .any(|i| i.task == Task::ExpressIssuance));
    assert!(!plan(&m, date(2026, 5, 4))
        .items
        .iter()
        .any(|i| i.task == Task::ExpressIssuance));
}

#[test]
fn an_express_card_is_expected_5_to_10_days_after_applying() {
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        applied: Some(date(2026, 4, 10)),
        application_method: Some(ApplicationMethod::Express),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2026, 4, 11));
    let card = item(&p, Task::ReceiveExpressCard);
    assert_eq!(
        card.when,
        Some(When::Between(date(2026, 4, 15), date(2026, 4, 20)))
    );
    assert_eq!(card.rule, Rule::R3);
    assert!(!p.items.iter().any(|i| i.task == Task::ReceiveNotice));
}

// R4
#[test]
fn a_photo_is_usable_for_6_months_clamped_to_the_month_end() {
    let m = Milestones {
        photo_taken: Some(date(2026, 8, 31)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 9, 1));
    assert_eq!(
        item(&p, Task::PhotoValid).when,
        Some(When::By(date(2027, 2, 28)))
    );
    let m = Milestones {
        photo_taken: Some(date(2027, 8, 31)),
        ..Default::default()
    };
    assert_eq!(
        item(&plan(&m, date(2027, 9, 1)), Task::PhotoValid).when,
        Some(When::By(date(2028, 2, 29)))
    );
    assert_eq!(
        item(&plan(&m, date(2028, 3, 1)), Task::PhotoValid).status,
        Status::Late
    );
}

// R5
#[test]
fn the_issuance_notice_is_expected_21_to_60_days_after_applying() {
    let m = Milestones {
        applied: Some(date(2026, 4, 25)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 4, 26));
    assert_eq!(
        item(&p, Task::ReceiveNotice).when,
        Some(When::Between(date(2026, 5, 16), date(2026, 6, 24)))
    );
    assert_eq!(item(&p, Task::ReceiveNotice).rule, Rule::R5);
    assert_eq!(
        item(&plan(&m, date(2026, 6, 25)), Task::ReceiveNotice).status,
        Status::Late
    );
}

// R6
#[test]
fn collection_uses_the_printed_deadline_or_3_months_after_the_notice_as_a_guide() {
    let m = Milestones {
        applied: Some(date(2026, 4, 25)),
        notice_received: Some(date(2026, 5, 31)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 6, 1));
    let r6 = item(&p, Task::CollectCard);
    assert_eq!(
        (r6.when, r6.trigger),
        (
            Some(When::By(date(2026, 8, 31))),
            MilestoneField::NoticeReceived
        )
    );
    let printed = Milestones {
        collection_deadline: Some(date(2026, 8, 15)),
        ..m.clone()
    };
    let r6 = item(&plan(&printed, date(2026, 6, 1)), Task::CollectCard).clone();
    assert_eq!(
        (r6.when, r6.trigger),
        (
            Some(When::By(date(2026, 8, 15))),
            MilestoneField::CollectionDeadline
        )
    );
    let collected = Milestones {
        card_collected: Some(date(2026, 6, 1)),
        ..m
    };
    assert_eq!(
        item(&plan(&collected, date(2026, 6, 1)), Task::CollectCard).status,
        Status::Done
    );
}

#[test]
fn the_card_must_be_collected_before_the_period_of_stay_ends() {
    let m = Milestones {
        applied: Some(date(2026, 4, 25)),
        notice_received: Some(date(2026, 5, 31)),
        residence_expiry: Some(date(2026, 7, 10)),
        ..Default::default()
    };
    assert_eq!(
        item(&plan(&m, date(2026, 6, 1)), Task::CollectCard).when,
        Some(When::By(date(2026, 7, 10)))
    );
}

// R7, R8, R9
#[test]
fn the_card_expires_with_the_period_of_stay_and_renewal_opens_3_months_before() {
    let m = Milestones {
        residence_expiry: Some(date(2027, 5, 31)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 12, 1));
    assert_eq!(
        item(&p, Task::CardExpiry).when,
        Some(When::On(date(2027, 5, 31)))
    );
    assert_eq!(item(&p, Task::CardExpiry).rule, Rule::R7);
    assert_eq!(
        item(&p, Task::RenewResidence).when,
        Some(When::Between(date(2027, 2, 28), date(2027, 5, 31)))
    );
    assert_eq!(item(&p, Task::RenewResidence).rule, Rule::R8);
    assert_eq!(
        item(&p, Task::ExtendCard).when,
        Some(When::By(date(2027, 5, 31)))
    );
    assert_eq!(item(&p, Task::ExtendCard).rule, Rule::R9);
}

#[test]
fn extending_the_card_is_flagged_from_3_months_before_expiry() {
    let m = Milestones {
        residence_expiry: Some(date(2027, 5, 31)),
        ..Default::default()
    };
    let status = |today| item(&plan(&m, today), Task::ExtendCard).status;
    assert_eq!(status(date(2027, 2, 27)), Status::Upcoming);
    assert_eq!(status(date(2027, 2, 28)), Status::DueSoon);
    assert_eq!(status(date(2027, 5, 31)), Status::DueSoon);
    assert_eq!(status(date(2027, 6, 1)), Status::Late);
}

// R11
#[test]
fn after_moving_within_japan_report_in_14_days_and_continue_use_within_90() {
    let m = Milestones {
        moved_within_japan: Some(date(2027, 3, 20)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2027, 3, 21));
    assert_eq!(
        item(&p, Task::ReportNewAddress).when,
        Some(When::By(date(2027, 4, 3)))
    );
    assert_eq!(
        item(&p, Task::ContinuedUse).when,
        Some(When::By(date(2027, 6, 18)))
    );
    assert_eq!(item(&p, Task::ContinuedUse).rule, Rule::R11);
}

// R12–R16
#[test]
fn leaving_tasks_open_14_days_before_departure() {
    let m = Milestones {
        departure: Some(date(2028, 3, 20)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2028, 1, 10));
    let window = Some(When::Between(date(2028, 3, 6), date(2028, 3, 20)));
    for (task, rule) in [
        (Task::MoveOutNotice, Rule::R12),
        (Task::ReturnCard, Rule::R13),
        (Task::SettleNhi, Rule::R14),
    ] {
        assert_eq!(
            (
                item(&p, task).when,
                item(&p, task).rule,
                item(&p, task).status
            ),
            (window, rule, Status::Upcoming)
        );
        assert_eq!(
            item(&plan(&m, date(2028, 3, 6)), task).status,
            Status::DueSoon,
            "{task:?} window open"
        );
    }
    assert_eq!(
        item(&p, Task::ResidentTax).when,
        Some(When::By(date(2028, 3, 20)))
    );
    assert_eq!(item(&p, Task::ResidentTax).rule, Rule::R16);
}

#[test]
fn the_pension_lump_sum_is_claimed_within_2_years_of_leaving() {
    let m = Milestones {
        departure: Some(date(2028, 2, 29)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2028, 3, 1));
    assert_eq!(
        item(&p, Task::PensionClaim).when,
        Some(When::By(date(2030, 2, 28)))
    );
    assert_eq!(item(&p, Task::PensionClaim).rule, Rule::R15);
    let done = plan_with_done(&m, &[Task::PensionClaim], date(2028, 3, 1));
    assert_eq!(item(&done, Task::PensionClaim).status, Status::Done);
}

// R17
#[test]
fn a_lost_residence_card_is_reported_within_14_days() {
    let m = Milestones {
        residence_card_lost: Some(date(2026, 12, 25)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 12, 26));
    assert_eq!(
        item(&p, Task::ReportLostResidenceCard).when,
        Some(When::By(date(2027, 1, 8)))
    );
    assert_eq!(item(&p, Task::ReportLostResidenceCard).rule, Rule::R17);
}

// Validation feeds the plan
#[test]
fn an_impossible_date_gives_an_error_and_no_date_from_it() {
    let m = Milestones {
        registered: Some(date(2026, 3, 1)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2026, 4, 2));
    assert_eq!(p.errors.len(), 1);
    assert_eq!(
        p.errors[0].problem,
        Problem::Before(MilestoneField::MovedIn)
    );
    assert_eq!(item(&p, Task::ReceiveLetter).status, Status::Waiting);
    assert_eq!(
        item(&p, Task::Register).status,
        Status::Upcoming,
        "the bad registration date does not complete R1"
    );
}

#[test]
fn a_future_photo_is_rejected_not_used() {
    let m = Milestones {
        photo_taken: Some(date(2026, 5, 1)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 4, 1));
    assert_eq!(p.errors[0].problem, Problem::InFuture);
    assert_eq!(item(&p, Task::PhotoValid).when, None);
}

// Next step
#[test]
fn the_next_step_is_the_most_urgent_open_task_with_its_distance() {
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        departure: Some(date(2026, 4, 30)),
        ..moved_in(date(2026, 4, 1))
    };
    // Letter window (17 Apr – 3 May) and leaving window (16 – 30 Apr) both open; tax due 30 Apr.
    let p = plan(&m, date(2026, 4, 20));
    let next = p.next.unwrap();
    assert_eq!(next.item.status, Status::DueSoon);
    assert_eq!(next.item.when.map(When::end), Some(date(2026, 4, 30)));
    assert_eq!(next.days, 10);
}

#[test]
fn late_beats_due_soon_for_the_next_step() {
    let m = Milestones {
        residence_expiry: Some(date(2026, 4, 10)),
        ..moved_in(date(2026, 3, 1))
    };
    let p = plan(&m, date(2026, 4, 5));
    let next = p.next.unwrap();
    assert_eq!(
        (next.item.task, next.item.status, next.days),
        (Task::Register, Status::Late, -21)
    );
}

#[test]
fn stage_status_is_the_most_urgent_of_its_tasks() {
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2026, 5, 10));
    assert_eq!(p.stage_status(StageId::Register), Some(Status::Done));
    assert_eq!(p.stage_status(StageId::Letter), Some(Status::Late));
    assert_eq!(p.stage_status(StageId::Leave), Some(Status::Waiting));
    assert_eq!(p.stage_status(StageId::Use), None);
}

// proptest is a native-only dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_date() -> impl Strategy<Value = Option<NaiveDate>> {
        prop_oneof![
            Just(None),
            (1900i32..2200, 1u32..=12, 1u32..=31)
                .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            Just(Some(NaiveDate::MAX)),
            Just(Some(NaiveDate::MIN)),
        ]
    }

    fn any_milestones() -> impl Strategy<Value = Milestones> {
        (
            proptest::collection::vec(any_date(), 12),
            prop_oneof![
                Just(None),
                (0usize..5).prop_map(|i| Some(ApplicationMethod::ALL[i]))
            ],
        )
            .prop_map(|(dates, method)| {
                let mut m = Milestones {
                    application_method: method,
                    ..Default::default()
                };
                for (field, d) in MilestoneField::ALL.into_iter().zip(dates) {
                    m.set(field, d);
                }
                m
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn plan_and_countdown_never_panic(m in any_milestones(), today in any_date()) {
            let today = today.unwrap_or(NaiveDate::MIN);
            let p = plan(&m, today);
            let _ = crate::domain::departure::countdown(&m, today);
            for stage in StageId::ALL {
                let _ = p.stage_status(stage);
            }
        }

        #[test]
        fn no_deadline_precedes_its_trigger(m in any_milestones(), today in (2000i32..2100, 1u32..=12, 1u32..=28)) {
            let today = NaiveDate::from_ymd_opt(today.0, today.1, today.2).unwrap();
            let p = plan(&m, today);
            let valid = m.valid_only(today);
            for i in &p.items {
                let forward = matches!(i.rule, Rule::R1 | Rule::R2 | Rule::R3 | Rule::R4 | Rule::R5 | Rule::R6 | Rule::R11 | Rule::R15 | Rule::R17);
                if let (true, Some(when), Some(trigger)) = (forward, i.when, valid.get(i.trigger)) {
                    let start = match when { When::Between(a, _) => a, other => other.end() };
                    // R6 may be capped by the card's expiry (R7), which can be earlier than the notice.
                    if i.rule != Rule::R6 {
                        prop_assert!(start >= trigger, "{:?} {:?} before {:?}", i.task, when, trigger);
                    }
                    prop_assert!(when.end() >= start);
                }
                if i.when.is_some() {
                    prop_assert!(valid.get(i.trigger).is_some(), "{:?} dated from an invalid {:?}", i.task, i.trigger);
                }
            }
        }
    }
}
