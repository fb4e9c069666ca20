//! The date engine, rule by rule, with concrete dates (FACTS.md R1–R18, revision 2).

use super::*;
use crate::domain::milestones::{ApplicationMethod, Problem, RegistrationKind};

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

// R3: an option, never a duty (issue 13 §2: never "Done" or "Late").
#[test]
fn express_issuance_is_possible_until_30_days_after_registration_then_closed_for_14_days_then_gone()
{
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        ..moved_in(date(2026, 4, 1))
    };
    let express = |today| {
        plan(&m, today)
            .items
            .into_iter()
            .find(|i| i.task == Task::ExpressIssuance)
    };
    let r3 = express(date(2026, 4, 3)).expect("open on the day of registration");
    assert_eq!(
        (r3.rule, r3.trigger, r3.when, r3.status),
        (
            Rule::R3,
            MilestoneField::Registered,
            Some(When::By(date(2026, 5, 3))),
            Status::Possible
        )
    );
    assert_eq!(
        express(date(2026, 5, 3)).map(|i| i.status),
        Some(Status::Possible)
    );
    // The window closed on 3 May: "closed — apply by the normal route" for two weeks…
    assert_eq!(
        express(date(2026, 5, 4)).map(|i| i.status),
        Some(Status::Closed)
    );
    assert_eq!(
        express(date(2026, 5, 17)).map(|i| i.status),
        Some(Status::Closed)
    );
    // …then it leaves the plan.
    assert_eq!(express(date(2026, 5, 18)), None);
}

#[test]
fn express_issuance_is_never_done_or_late_and_disappears_once_the_student_applied_r3() {
    let registered = Milestones {
        registered: Some(date(2026, 4, 3)),
        ..moved_in(date(2026, 4, 1))
    };
    let cases = [
        // Applied (any way): nothing left to choose.
        Milestones {
            applied: Some(date(2026, 4, 20)),
            ..registered.clone()
        },
        // Chose another way of applying in "How I applied", before entering the date.
        Milestones {
            application_method: Some(ApplicationMethod::Online),
            ..registered.clone()
        },
        // Applied by express: the mailed card (R3) is what the plan follows now.
        Milestones {
            applied: Some(date(2026, 4, 20)),
            application_method: Some(ApplicationMethod::Express),
            ..registered.clone()
        },
    ];
    for m in cases {
        for today in [date(2026, 4, 21), date(2026, 5, 4), date(2026, 6, 1)] {
            let p = plan(&m, today);
            assert!(
                !p.items.iter().any(|i| i.task == Task::ExpressIssuance),
                "{m:?} on {today}"
            );
        }
    }
    // Whatever the day, the status is never Done or Late.
    let mut day = date(2026, 4, 1);
    while day <= date(2026, 7, 1) {
        for i in plan(&registered, day).items {
            if i.task == Task::ExpressIssuance {
                assert!(!matches!(i.status, Status::Done | Status::Late), "{day}");
            }
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn express_chosen_but_not_yet_dated_still_shows_its_window() {
    // The student picked express in "How I applied" and has not entered the date yet: the window matters.
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        application_method: Some(ApplicationMethod::Express),
        ..moved_in(date(2026, 4, 1))
    };
    assert_eq!(
        item(&plan(&m, date(2026, 4, 20)), Task::ExpressIssuance).status,
        Status::Possible
    );
}

#[test]
fn a_closed_express_window_is_never_the_next_step_nor_colours_the_stage() {
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        letter_received: Some(date(2026, 4, 20)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2026, 5, 10));
    assert_eq!(item(&p, Task::ExpressIssuance).status, Status::Closed);
    assert_eq!(p.stage_status(StageId::Apply), Some(Status::Waiting));
    let next = p.next.unwrap();
    assert_eq!(
        (next.item.task, next.item.status),
        (Task::PhotoValid, Status::Waiting),
        "the next step is to enter the photo date"
    );
}

#[test]
fn an_express_card_is_mailed_5_to_14_days_after_applying_with_no_postcard_or_pick_up() {
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
        Some(When::Between(date(2026, 4, 15), date(2026, 4, 24)))
    );
    assert_eq!((card.rule, card.stage), (Rule::R3, StageId::Collect));
    // R3: no postcard to wait for and no counter pick-up.
    assert!(!p.items.iter().any(|i| i.task == Task::ReceiveNotice));
    assert!(!p.items.iter().any(|i| i.task == Task::CollectCard));
    let collected = Milestones {
        card_collected: Some(date(2026, 4, 16)),
        ..m
    };
    assert_eq!(
        item(
            &plan(&collected, date(2026, 4, 16)),
            Task::ReceiveExpressCard
        )
        .status,
        Status::Done
    );
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
    // Past the 6 months without applying: take a new photo.
    assert_eq!(
        item(&plan(&m, date(2028, 3, 1)), Task::PhotoValid).status,
        Status::Late
    );
}

#[test]
fn applying_uses_the_photo_so_r4_is_done() {
    let m = Milestones {
        photo_taken: Some(date(2026, 3, 1)),
        applied: Some(date(2026, 4, 25)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 12, 1));
    let r4 = item(&p, Task::PhotoValid);
    assert_eq!(
        (r4.rule, r4.when, r4.status),
        (Rule::R4, Some(When::By(date(2026, 9, 1))), Status::Done)
    );
    assert_eq!(p.stage_status(StageId::Apply), Some(Status::Done));
}

#[test]
fn once_applied_a_photo_date_never_entered_is_not_asked_for_r4() {
    let m = Milestones {
        applied: Some(date(2026, 4, 25)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 5, 1));
    assert!(!p.items.iter().any(|i| i.task == Task::PhotoValid));
}

// Issue 13 §2: a step is never "Done" while it still waits for one of its dates.
#[test]
fn a_step_done_by_a_later_date_still_waits_for_the_date_it_counts_from() {
    // Registered on 3 Apr, move-in not entered: the registration happened, but R1 has no date yet, so
    // the line asks for the move-in date instead of saying "Done" beside "Waiting for …".
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 4, 10));
    let r1 = item(&p, Task::Register);
    assert_eq!(
        (r1.status, r1.trigger, r1.when),
        (Status::Waiting, MilestoneField::MovedIn, None)
    );
    assert_eq!(p.stage_status(StageId::Register), Some(Status::Waiting));
    // With the move-in date it is done.
    let m = Milestones {
        moved_in: Some(date(2026, 4, 1)),
        ..m
    };
    assert_eq!(
        item(&plan(&m, date(2026, 4, 10)), Task::Register).status,
        Status::Done
    );
}

#[test]
fn a_task_ticked_done_before_its_date_is_known_waits_for_that_date() {
    // "My Number Card returned" ticked, departure not entered: R13 waits for the departure date.
    let p = plan_with_done(
        &moved_in(date(2026, 4, 1)),
        &[Task::ReturnCard],
        date(2026, 4, 10),
    );
    assert_eq!(item(&p, Task::ReturnCard).status, Status::Waiting);
    let m = Milestones {
        departure: Some(date(2027, 3, 20)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan_with_done(&m, &[Task::ReturnCard], date(2026, 4, 10));
    assert_eq!(item(&p, Task::ReturnCard).status, Status::Done);
}

#[test]
fn no_item_is_ever_done_without_its_date() {
    // Every milestone entered except the ones dates count from: nothing may read "Done" undated.
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        letter_received: Some(date(2026, 4, 20)),
        applied: Some(date(2026, 4, 25)),
        notice_received: Some(date(2026, 5, 25)),
        card_collected: Some(date(2026, 5, 30)),
        ..Default::default()
    };
    let p = plan_with_done(&m, &Task::ALL, date(2026, 6, 1));
    for i in &p.items {
        if i.status == Status::Done {
            assert!(i.when.is_some(), "{:?} is done without a date", i.task);
        }
    }
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
    let got = Milestones {
        notice_received: Some(date(2026, 5, 28)),
        ..m
    };
    assert_eq!(
        item(&plan(&got, date(2026, 6, 25)), Task::ReceiveNotice).status,
        Status::Done
    );
}

// R6
#[test]
fn collection_uses_the_printed_deadline_or_1_month_after_the_notice_as_a_guide() {
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
            // R6 (revision 2): 1 month, clamped to the month's end (31 May + 1 month = 30 June).
            Some(When::By(date(2026, 6, 30))),
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
        residence_expiry: Some(date(2026, 6, 20)),
        ..Default::default()
    };
    let r6 = item(&plan(&m, date(2026, 6, 1)), Task::CollectCard).clone();
    assert_eq!(
        (r6.when, r6.trigger),
        (
            Some(When::By(date(2026, 6, 20))),
            MilestoneField::ResidenceExpiry
        )
    );
}

#[test]
fn collecting_waits_for_the_notice_and_is_late_after_the_printed_deadline() {
    let m = Milestones {
        applied: Some(date(2026, 4, 25)),
        ..Default::default()
    };
    let r6 = item(&plan(&m, date(2026, 5, 1)), Task::CollectCard).clone();
    assert_eq!(
        (r6.when, r6.status, r6.trigger),
        (None, Status::Waiting, MilestoneField::NoticeReceived)
    );
    let m = Milestones {
        notice_received: Some(date(2026, 5, 31)),
        collection_deadline: Some(date(2026, 8, 15)),
        ..m
    };
    assert_eq!(
        item(&plan(&m, date(2026, 8, 16)), Task::CollectCard).status,
        Status::Late
    );
}

// R7, R8, R9
#[test]
fn the_card_expires_on_its_printed_date_and_renewal_opens_3_months_before_the_residence_expiry() {
    let m = Milestones {
        card_expiry: Some(date(2027, 5, 31)),
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
        card_expiry: Some(date(2027, 5, 31)),
        ..Default::default()
    };
    let status = |today| item(&plan(&m, today), Task::ExtendCard).status;
    assert_eq!(status(date(2027, 2, 27)), Status::Upcoming);
    assert_eq!(status(date(2027, 2, 28)), Status::DueSoon);
    assert_eq!(status(date(2027, 5, 31)), Status::DueSoon);
    assert_eq!(status(date(2027, 6, 1)), Status::Late);
}

// R7, R9, R10 (revision 2): two expiry dates.
#[test]
fn a_later_residence_expiry_never_moves_the_card_extension_deadline() {
    let mut m = Milestones {
        card_expiry: Some(date(2027, 3, 31)),
        ..moved_in(date(2026, 4, 1))
    };
    let today = date(2027, 1, 10);
    let extend = |m: &Milestones| item(&plan(m, today), Task::ExtendCard).clone();
    assert_eq!(extend(&m).when, Some(When::By(date(2027, 3, 31))));
    // The renewal at immigration: a new residence card to 31 Mar 2029.
    m.enter(MilestoneField::ResidenceExpiry, Some(date(2029, 3, 31)));
    assert_eq!(
        (extend(&m).when, extend(&m).trigger, extend(&m).status),
        (
            Some(When::By(date(2027, 3, 31))),
            MilestoneField::CardExpiry,
            Status::DueSoon
        )
    );
    assert_eq!(
        item(&plan(&m, today), Task::RenewResidence).when,
        Some(When::Between(date(2028, 12, 31), date(2029, 3, 31)))
    );
    // Extended at the city: the card's new printed date starts the next round.
    m.enter(MilestoneField::CardExpiry, Some(date(2029, 3, 31)));
    assert_eq!(
        (extend(&m).when, extend(&m).status),
        (Some(When::By(date(2029, 3, 31))), Status::Upcoming)
    );
}

#[test]
fn without_the_card_expiry_the_extension_waits_for_it_whatever_the_residence_card_says() {
    let m = Milestones {
        residence_expiry: Some(date(2027, 3, 31)),
        ..moved_in(date(2026, 4, 1))
    };
    let extend = item(&plan(&m, date(2027, 1, 10)), Task::ExtendCard).clone();
    assert_eq!(
        (extend.when, extend.status, extend.trigger),
        (None, Status::Waiting, MilestoneField::CardExpiry)
    );
}

#[test]
fn extending_a_card_that_expires_on_a_leap_day_is_flagged_from_29_november() {
    let m = Milestones {
        card_expiry: Some(date(2028, 2, 29)),
        ..Default::default()
    };
    let status = |today| item(&plan(&m, today), Task::ExtendCard).status;
    assert_eq!(status(date(2027, 11, 28)), Status::Upcoming);
    assert_eq!(status(date(2027, 11, 29)), Status::DueSoon);
    assert_eq!(status(date(2028, 3, 1)), Status::Late);
}

// R3 (revision 2)
#[test]
fn express_issuance_is_offered_only_after_the_first_registration_on_arrival() {
    let arrived = Milestones {
        registered: Some(date(2026, 4, 3)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&arrived, date(2026, 4, 5));
    assert_eq!(
        item(&p, Task::ExpressIssuance).when,
        Some(When::By(date(2026, 5, 3)))
    );
    let after_a_move = Milestones {
        registration: RegistrationKind::AfterMoveWithinJapan,
        ..arrived
    };
    let p = plan(&after_a_move, date(2026, 4, 5));
    assert!(!p.items.iter().any(|i| i.task == Task::ExpressIssuance));
}

#[test]
fn an_express_card_is_done_when_it_arrives() {
    let m = Milestones {
        registered: Some(date(2026, 1, 30)),
        applied: Some(date(2026, 2, 20)),
        application_method: Some(ApplicationMethod::Express),
        card_collected: Some(date(2026, 2, 27)),
        ..moved_in(date(2026, 1, 29))
    };
    let card = item(&plan(&m, date(2026, 3, 1)), Task::ReceiveExpressCard).clone();
    assert_eq!(
        (card.when, card.status),
        (
            Some(When::Between(date(2026, 2, 25), date(2026, 3, 6))),
            Status::Done
        )
    );
}

// R6 (revision 2)
#[test]
fn the_collection_guide_clamps_to_the_month_end_in_a_leap_year() {
    let m = Milestones {
        applied: Some(date(2027, 12, 20)),
        notice_received: Some(date(2028, 1, 31)),
        ..Default::default()
    };
    assert_eq!(
        item(&plan(&m, date(2028, 2, 1)), Task::CollectCard).when,
        Some(When::By(date(2028, 2, 29)))
    );
}

// R11, R18 (revision 2): a move within Japan in three steps.
#[test]
fn a_move_within_japan_with_all_three_dates() {
    let m = Milestones {
        move_out_planned: Some(date(2027, 3, 15)),
        moved_within_japan: Some(date(2027, 3, 20)),
        reported_new_address: Some(date(2027, 3, 25)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2027, 3, 26));
    let out = item(&p, Task::MoveOutOldCity);
    assert_eq!(
        (out.rule, out.when, out.trigger, out.status),
        (
            Rule::R18,
            Some(When::Between(date(2027, 3, 1), date(2027, 3, 15))),
            MilestoneField::MoveOutPlanned,
            Status::Done
        )
    );
    let report = item(&p, Task::ReportNewAddress);
    assert_eq!(
        (report.when, report.status),
        (Some(When::By(date(2027, 4, 3))), Status::Done)
    );
    let continued = item(&p, Task::ContinuedUse);
    assert_eq!(
        (continued.when, continued.trigger),
        (
            Some(When::By(date(2027, 6, 23))),
            MilestoneField::ReportedNewAddress
        )
    );
}

#[test]
fn the_new_address_is_due_by_the_earlier_of_move_in_plus_14_and_move_out_plus_30() {
    // Planned move-out 1 March, moved in 28 March: 30 days after the move-out (31 March) comes first.
    let m = Milestones {
        move_out_planned: Some(date(2027, 3, 1)),
        moved_within_japan: Some(date(2027, 3, 28)),
        ..moved_in(date(2026, 4, 1))
    };
    let report = item(&plan(&m, date(2027, 3, 28)), Task::ReportNewAddress).clone();
    assert_eq!(
        (report.when, report.trigger),
        (
            Some(When::By(date(2027, 3, 31))),
            MilestoneField::MoveOutPlanned
        )
    );
    // Moved in 5 days after the planned move-out: 14 days after the move-in comes first.
    let m = Milestones {
        moved_within_japan: Some(date(2027, 3, 6)),
        ..m
    };
    let report = item(&plan(&m, date(2027, 3, 6)), Task::ReportNewAddress).clone();
    assert_eq!(
        (report.when, report.trigger),
        (
            Some(When::By(date(2027, 3, 20))),
            MilestoneField::MovedWithinJapan
        )
    );
}

#[test]
fn a_planned_move_out_alone_opens_the_moving_out_window_and_a_30_day_limit() {
    let m = Milestones {
        move_out_planned: Some(date(2028, 2, 29)),
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2028, 2, 10));
    assert_eq!(
        item(&p, Task::MoveOutOldCity).when,
        Some(When::Between(date(2028, 2, 15), date(2028, 2, 29)))
    );
    assert_eq!(item(&p, Task::MoveOutOldCity).status, Status::Upcoming);
    assert_eq!(
        item(&p, Task::ReportNewAddress).when,
        Some(When::By(date(2028, 3, 30)))
    );
    assert_eq!(
        (
            item(&p, Task::ContinuedUse).status,
            item(&p, Task::ContinuedUse).trigger
        ),
        (Status::Waiting, MilestoneField::MovedWithinJapan)
    );
}

#[test]
fn a_report_at_the_new_city_marked_done_means_the_old_city_notification_was_done() {
    let m = Milestones {
        moved_within_japan: Some(date(2026, 3, 1)),
        ..moved_in(date(2025, 10, 1))
    };
    let p = plan_with_done(&m, &[Task::ReportNewAddress], date(2026, 4, 5));
    assert_eq!(item(&p, Task::MoveOutOldCity).status, Status::Done);
    assert_eq!(item(&p, Task::ReportNewAddress).status, Status::Done);
    let p = plan(&m, date(2026, 4, 5));
    assert_eq!(item(&p, Task::MoveOutOldCity).status, Status::Late);
}

#[test]
fn continued_use_counts_from_the_move_in_until_the_report_date_is_known() {
    let m = Milestones {
        moved_within_japan: Some(date(2027, 3, 20)),
        ..moved_in(date(2026, 4, 1))
    };
    let continued = item(&plan(&m, date(2027, 3, 21)), Task::ContinuedUse).clone();
    assert_eq!(
        (continued.when, continued.trigger),
        (
            Some(When::By(date(2027, 6, 18))),
            MilestoneField::MovedWithinJapan
        )
    );
}

// R17 (revision 2)
#[test]
fn a_lost_residence_card_is_reported_within_14_days_of_finding_out() {
    let m = Milestones {
        residence_card_lost: Some(date(2027, 12, 25)),
        ..moved_in(date(2026, 4, 1))
    };
    let report = item(&plan(&m, date(2027, 12, 26)), Task::ReportLostResidenceCard).clone();
    assert_eq!(
        (report.rule, report.when),
        (Rule::R17, Some(When::By(date(2028, 1, 8))))
    );
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

#[test]
fn reporting_the_lost_card_waits_while_the_loss_date_is_invalid_and_can_be_ticked_done() {
    let m = Milestones {
        residence_card_lost: Some(date(2026, 12, 25)),
        ..Default::default()
    };
    let p = plan(&m, date(2026, 12, 24)); // the loss "tomorrow" is a typing mistake
    assert_eq!(p.errors[0].field, MilestoneField::ResidenceCardLost);
    let r17 = item(&p, Task::ReportLostResidenceCard);
    assert_eq!((r17.when, r17.status), (None, Status::Waiting));
    let ticked = plan_with_done(&m, &[Task::ReportLostResidenceCard], date(2027, 2, 1));
    assert_eq!(
        item(&ticked, Task::ReportLostResidenceCard).status,
        Status::Done
    );
    assert_eq!(
        item(&plan(&m, date(2027, 1, 9)), Task::ReportLostResidenceCard).status,
        Status::Late
    );
}

#[test]
fn without_a_move_or_a_loss_there_are_no_r11_or_r17_tasks() {
    let p = plan(&moved_in(date(2026, 4, 1)), date(2026, 4, 2));
    assert!(!p
        .items
        .iter()
        .any(|i| matches!(i.rule, Rule::R11 | Rule::R17)));
    assert_eq!(p.stage_status(StageId::Use), None);
}

// Status boundaries
#[test]
fn a_deadline_is_upcoming_8_days_ahead_due_soon_from_7_to_0_and_late_after() {
    // R17 deadline 8 Jan 2027 (across the year end).
    let m = Milestones {
        residence_card_lost: Some(date(2026, 12, 25)),
        ..Default::default()
    };
    let cases = [
        (date(2026, 12, 31), Status::Upcoming, 8),
        (date(2027, 1, 1), Status::DueSoon, 7),
        (date(2027, 1, 8), Status::DueSoon, 0),
        (date(2027, 1, 9), Status::Late, -1),
    ];
    for (today, status, days) in cases {
        let p = plan(&m, today);
        assert_eq!(
            item(&p, Task::ReportLostResidenceCard).status,
            status,
            "{today}"
        );
        let next = p.next.unwrap();
        assert_eq!(
            (next.item.task, next.days),
            (Task::ReportLostResidenceCard, days)
        );
    }
}

#[test]
fn a_window_is_upcoming_before_it_opens_due_soon_while_open_and_late_after() {
    // R2: registered 3 Apr 2026, letter expected 17 Apr – 3 May.
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        ..moved_in(date(2026, 4, 1))
    };
    let status = |today| item(&plan(&m, today), Task::ReceiveLetter).status;
    assert_eq!(status(date(2026, 4, 16)), Status::Upcoming);
    assert_eq!(status(date(2026, 4, 17)), Status::DueSoon);
    assert_eq!(status(date(2026, 5, 3)), Status::DueSoon);
    // After the window: ask the city office.
    assert_eq!(status(date(2026, 5, 4)), Status::Late);
}

#[test]
fn the_card_expiry_is_shown_by_date_and_never_done() {
    let m = Milestones {
        card_expiry: Some(date(2027, 5, 31)),
        card_collected: Some(date(2026, 6, 1)),
        ..moved_in(date(2026, 4, 1))
    };
    let status = |today| item(&plan(&m, today), Task::CardExpiry).status;
    assert_eq!(status(date(2027, 5, 23)), Status::Upcoming);
    assert_eq!(status(date(2027, 5, 24)), Status::DueSoon);
    assert_eq!(status(date(2027, 5, 31)), Status::DueSoon);
    assert_eq!(status(date(2027, 6, 1)), Status::Late);
}

#[test]
fn renewal_of_the_period_of_stay_is_due_soon_while_its_window_is_open() {
    let m = Milestones {
        residence_expiry: Some(date(2027, 5, 31)),
        ..Default::default()
    };
    let status = |today| item(&plan(&m, today), Task::RenewResidence).status;
    assert_eq!(status(date(2027, 2, 27)), Status::Upcoming);
    assert_eq!(status(date(2027, 2, 28)), Status::DueSoon);
    assert_eq!(status(date(2027, 6, 1)), Status::Late);
}

#[test]
fn a_move_within_japan_with_an_invalid_date_waits_instead_of_giving_wrong_deadlines() {
    let m = Milestones {
        moved_within_japan: Some(date(2026, 3, 1)), // before the first move-in
        ..moved_in(date(2026, 4, 1))
    };
    let p = plan(&m, date(2026, 5, 1));
    assert_eq!(
        p.errors,
        vec![FieldError {
            field: MilestoneField::MovedWithinJapan,
            problem: Problem::Before(MilestoneField::MovedIn)
        }]
    );
    for task in [Task::ReportNewAddress, Task::ContinuedUse] {
        assert_eq!(
            (item(&p, task).when, item(&p, task).status),
            (None, Status::Waiting)
        );
    }
}

#[test]
fn reporting_a_new_address_is_late_after_14_days_unless_ticked() {
    let m = Milestones {
        moved_within_japan: Some(date(2027, 3, 20)),
        ..moved_in(date(2026, 4, 1))
    };
    let today = date(2027, 4, 4);
    assert_eq!(
        item(&plan(&m, today), Task::ReportNewAddress).status,
        Status::Late
    );
    assert_eq!(
        item(&plan(&m, today), Task::ContinuedUse).status,
        Status::Upcoming
    );
    let ticked = plan_with_done(&m, &[Task::ReportNewAddress], today);
    assert_eq!(item(&ticked, Task::ReportNewAddress).status, Status::Done);
}

#[test]
fn leaving_tasks_are_late_after_departure_unless_ticked() {
    let m = Milestones {
        departure: Some(date(2028, 3, 20)),
        ..moved_in(date(2026, 4, 1))
    };
    let today = date(2028, 3, 21);
    let p = plan(&m, today);
    for task in [
        Task::MoveOutNotice,
        Task::ReturnCard,
        Task::SettleNhi,
        Task::ResidentTax,
    ] {
        assert_eq!(item(&p, task).status, Status::Late, "{task:?}");
    }
    assert_eq!(item(&p, Task::PensionClaim).status, Status::Upcoming);
    let ticked = plan_with_done(&m, &[Task::ResidentTax], today);
    assert_eq!(item(&ticked, Task::ResidentTax).status, Status::Done);
    assert_eq!(item(&ticked, Task::ReturnCard).status, Status::Late);
}

#[test]
fn the_resident_tax_is_due_soon_in_the_last_week_before_departure() {
    let m = Milestones {
        departure: Some(date(2028, 3, 20)),
        ..Default::default()
    };
    let status = |today| item(&plan(&m, today), Task::ResidentTax).status;
    assert_eq!(status(date(2028, 3, 12)), Status::Upcoming);
    assert_eq!(status(date(2028, 3, 13)), Status::DueSoon);
    assert_eq!(status(date(2028, 3, 20)), Status::DueSoon);
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

#[test]
fn renewing_the_stay_comes_before_extending_the_card_and_the_bare_expiry_is_never_the_step() {
    // Everything before "Keep it valid" is done; the leaving date is not entered.
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        applied: Some(date(2026, 4, 10)),
        card_collected: Some(date(2026, 5, 20)),
        residence_expiry: Some(date(2027, 9, 30)),
        ..moved_in(date(2026, 4, 1))
    };
    let next = plan(&m, date(2026, 6, 1)).next.unwrap();
    assert_eq!(
        (next.item.task, next.item.status, next.days),
        (Task::RenewResidence, Status::Upcoming, 486)
    );
    let next = plan(&m, date(2027, 10, 2)).next.unwrap();
    assert_eq!(
        (next.item.task, next.item.status, next.days),
        (Task::RenewResidence, Status::Late, -2)
    );
}

#[test]
fn an_open_express_window_is_the_next_step_only_when_nothing_else_is_dated() {
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        letter_received: Some(date(2026, 4, 17)),
        ..moved_in(date(2026, 4, 1))
    };
    let next = plan(&m, date(2026, 4, 20)).next.unwrap();
    assert_eq!(
        (next.item.task, next.item.status, next.days),
        (Task::ExpressIssuance, Status::Possible, 13)
    );
    let with_photo = Milestones {
        photo_taken: Some(date(2026, 4, 18)),
        ..m
    };
    let next = plan(&with_photo, date(2026, 4, 20)).next.unwrap();
    assert_eq!(
        (next.item.task, next.item.when),
        (Task::PhotoValid, Some(When::By(date(2026, 10, 18))))
    );
}

#[test]
fn the_earliest_date_wins_among_equally_urgent_steps() {
    let m = Milestones {
        registered: Some(date(2026, 4, 3)),
        residence_card_lost: Some(date(2026, 4, 10)),
        ..moved_in(date(2026, 4, 1))
    };
    // On 11 Apr the letter window (ends 3 May) and the lost-card report (due 24 Apr) are both upcoming.
    let next = plan(&m, date(2026, 4, 11)).next.unwrap();
    assert_eq!(
        (next.item.task, next.item.status, next.days),
        (Task::ReportLostResidenceCard, Status::Upcoming, 13)
    );
}

#[test]
fn with_no_dates_the_next_step_is_the_first_date_to_enter_in_journey_order() {
    let p = plan(&Milestones::default(), date(2026, 4, 1));
    let next = p.next.unwrap();
    assert_eq!(
        (
            next.item.task,
            next.item.trigger,
            next.item.status,
            next.days
        ),
        (Task::Register, MilestoneField::MovedIn, Status::Waiting, 0)
    );
    // A registration without a move-in date: R1 waits for the move-in date (it is never "Done" beside
    // "Waiting for …"), and the letter window (3–19 Apr), being dated, is the step.
    let m = Milestones {
        registered: Some(date(2026, 3, 20)),
        ..Default::default()
    };
    let next = plan(&m, date(2026, 4, 1)).next.unwrap();
    assert_eq!(next.item.task, Task::ReceiveLetter);
}

#[test]
fn every_stage_reports_waiting_done_or_none_on_an_empty_plan() {
    let p = plan(&Milestones::default(), date(2026, 4, 1));
    for stage in StageId::ALL {
        let expected = match stage {
            StageId::Use => None,
            _ => Some(Status::Waiting),
        };
        assert_eq!(p.stage_status(stage), expected, "{stage:?}");
    }
    assert!(p.errors.is_empty());
    assert!(p.items.iter().all(|i| i.when.is_none()));
}

#[test]
fn rule_ids_are_the_ids_of_facts_md() {
    let ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    let expected: Vec<String> = (1..=18).map(|n| format!("R{n}")).collect();
    assert_eq!(ids, expected);
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
            proptest::collection::vec(any_date(), MilestoneField::ALL.len()),
            prop_oneof![
                Just(None),
                (0usize..5).prop_map(|i| Some(ApplicationMethod::ALL[i]))
            ],
            any::<bool>(),
        )
            .prop_map(|(dates, method, first)| {
                let mut m = Milestones {
                    application_method: method,
                    registration: if first {
                        RegistrationKind::FirstAfterArrival
                    } else {
                        RegistrationKind::AfterMoveWithinJapan
                    },
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
        fn no_deadline_precedes_its_trigger(m in any_milestones(), today in any_date()) {
            let today = today.unwrap_or(NaiveDate::MIN);
            let p = plan(&m, today);
            let valid = m.valid_only(today);
            for i in &p.items {
                let forward = matches!(
                    i.rule,
                    Rule::R1 | Rule::R2 | Rule::R3 | Rule::R4 | Rule::R5 | Rule::R6 | Rule::R11 | Rule::R15 | Rule::R17
                );
                // R18 opens 14 days before the planned move; it never ends after it.
                if let (Rule::R18, Some(when), Some(trigger)) = (i.rule, i.when, valid.get(i.trigger)) {
                    prop_assert!(when.end() == trigger);
                }
                if let Some(when) = i.when {
                    prop_assert!(when.end() >= when.start());
                    let trigger = valid.get(i.trigger);
                    prop_assert!(trigger.is_some(), "{:?} dated from an invalid {:?}", i.task, i.trigger);
                    if let (true, Some(trigger)) = (forward, trigger) {
                        prop_assert!(when.start() >= trigger, "{:?} {:?} before {:?}", i.task, when, trigger);
                    }
                }
            }
            for e in &p.errors {
                prop_assert!(valid.get(e.field).is_none());
            }
        }

        /// R7/R9: the residence card's expiry never moves the card's extension deadline.
        #[test]
        fn a_later_residence_expiry_never_changes_the_card_deadline(
            m in any_milestones(),
            today in any_date(),
            later in 1i64..4000,
        ) {
            let today = today.unwrap_or(NaiveDate::MIN);
            let extend = |m: &Milestones| {
                plan(m, today).items.into_iter().find(|i| i.task == Task::ExtendCard).map(|i| i.when)
            };
            let before = extend(&m);
            let mut renewed = m.clone();
            let new_expiry = m
                .residence_expiry
                .unwrap_or(today)
                .checked_add_days(chrono::Days::new(later as u64));
            renewed.enter(MilestoneField::ResidenceExpiry, new_expiry);
            prop_assert_eq!(before, extend(&renewed));
        }

        #[test]
        fn validation_gives_at_most_one_error_per_field_in_field_order(m in any_milestones(), today in any_date()) {
            let today = today.unwrap_or(NaiveDate::MAX);
            let errors = validate(&m, today);
            let order: Vec<usize> = errors
                .iter()
                .map(|e| MilestoneField::ALL.iter().position(|f| *f == e.field).unwrap())
                .collect();
            prop_assert!(order.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(validate(&m.valid_only(today), today).is_empty());
        }
    }
}
