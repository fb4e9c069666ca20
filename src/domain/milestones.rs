//! What the user tells us: the dates of their journey, every one optional, and their validation.

use chrono::NaiveDate;

use super::calendar::{add_days, in_range};
use super::journey::StageId;
use super::reached::Reached;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Milestones {
    pub moved_in: Option<NaiveDate>,
    pub registered: Option<NaiveDate>,
    pub letter_received: Option<NaiveDate>,
    pub photo_taken: Option<NaiveDate>,
    pub applied: Option<NaiveDate>,
    pub application_method: Option<ApplicationMethod>,
    pub notice_received: Option<NaiveDate>,
    /// The collection deadline printed on the issuance notice (R6).
    pub collection_deadline: Option<NaiveDate>,
    pub card_collected: Option<NaiveDate>,
    /// The expiry date printed on the My Number Card (R7): the period-of-stay expiry that applied when it
    /// was issued or last extended. Never moved by a new residence-card expiry.
    pub card_expiry: Option<NaiveDate>,
    /// The residence card's period-of-stay expiry (R8). After a renewal at immigration it is later than
    /// [`Milestones::card_expiry`] until the city extends the card (R9).
    pub residence_expiry: Option<NaiveDate>,
    pub departure: Option<NaiveDate>,
    /// The planned move-out date given in the 転出届 at the old city (R18, R11).
    pub move_out_planned: Option<NaiveDate>,
    /// A later move inside Japan: the day the student moved in at the new city (R11).
    pub moved_within_japan: Option<NaiveDate>,
    /// The day the 転入届 was filed at the new city (R11: continued use within 90 days of it).
    pub reported_new_address: Option<NaiveDate>,
    /// The day the student learned that the residence card was lost (R17).
    pub residence_card_lost: Option<NaiveDate>,
    /// Whether the registration was the first after arriving from abroad, which alone opens express
    /// issuance (R3).
    pub registration: RegistrationKind,
    /// Where the student said they are on their first visit (or later in Settings): the journey's steps
    /// before it count as done without their dates (issue 13 §3).
    pub reached: Option<Reached>,
}

/// What kind of address registration [`Milestones::registered`] was (R3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RegistrationKind {
    /// The first registration after arriving from abroad: the journey starts on arrival, so the default.
    #[default]
    FirstAfterArrival,
    /// A registration after a move within Japan: no express issuance (R3).
    AfterMoveWithinJapan,
}

impl RegistrationKind {
    pub fn slug(self) -> &'static str {
        match self {
            RegistrationKind::FirstAfterArrival => "first-after-arrival",
            RegistrationKind::AfterMoveWithinJapan => "move-within-japan",
        }
    }

    pub fn from_slug(slug: &str) -> Option<RegistrationKind> {
        [
            RegistrationKind::FirstAfterArrival,
            RegistrationKind::AfterMoveWithinJapan,
        ]
        .into_iter()
        .find(|k| k.slug() == slug)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ApplicationMethod {
    Online,
    Mail,
    PhotoBooth,
    Counter,
    /// Express issuance at the city office (R3).
    Express,
}

impl ApplicationMethod {
    pub const ALL: [ApplicationMethod; 5] = [
        ApplicationMethod::Online,
        ApplicationMethod::Mail,
        ApplicationMethod::PhotoBooth,
        ApplicationMethod::Counter,
        ApplicationMethod::Express,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ApplicationMethod::Online => "online",
            ApplicationMethod::Mail => "mail",
            ApplicationMethod::PhotoBooth => "photo-booth",
            ApplicationMethod::Counter => "counter",
            ApplicationMethod::Express => "express",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ApplicationMethod> {
        ApplicationMethod::ALL
            .into_iter()
            .find(|m| m.slug() == slug)
    }
}

/// One date field of [`Milestones`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MilestoneField {
    MovedIn,
    Registered,
    LetterReceived,
    PhotoTaken,
    Applied,
    NoticeReceived,
    CollectionDeadline,
    CardCollected,
    CardExpiry,
    ResidenceExpiry,
    Departure,
    MoveOutPlanned,
    MovedWithinJapan,
    ReportedNewAddress,
    ResidenceCardLost,
}

impl MilestoneField {
    pub const ALL: [MilestoneField; 15] = [
        MilestoneField::MovedIn,
        MilestoneField::Registered,
        MilestoneField::LetterReceived,
        MilestoneField::PhotoTaken,
        MilestoneField::Applied,
        MilestoneField::NoticeReceived,
        MilestoneField::CollectionDeadline,
        MilestoneField::CardCollected,
        MilestoneField::CardExpiry,
        MilestoneField::ResidenceExpiry,
        MilestoneField::Departure,
        MilestoneField::MoveOutPlanned,
        MilestoneField::MovedWithinJapan,
        MilestoneField::ReportedNewAddress,
        MilestoneField::ResidenceCardLost,
    ];

    /// Stable kebab-case id, used in HTML ids.
    pub fn slug(self) -> &'static str {
        match self {
            MilestoneField::MovedIn => "moved-in",
            MilestoneField::Registered => "registered",
            MilestoneField::LetterReceived => "letter-received",
            MilestoneField::PhotoTaken => "photo-taken",
            MilestoneField::Applied => "applied",
            MilestoneField::NoticeReceived => "notice-received",
            MilestoneField::CollectionDeadline => "collection-deadline",
            MilestoneField::CardCollected => "card-collected",
            MilestoneField::CardExpiry => "card-expiry",
            MilestoneField::ResidenceExpiry => "residence-expiry",
            MilestoneField::Departure => "departure",
            MilestoneField::MoveOutPlanned => "move-out-planned",
            MilestoneField::MovedWithinJapan => "moved-within-japan",
            MilestoneField::ReportedNewAddress => "reported-new-address",
            MilestoneField::ResidenceCardLost => "residence-card-lost",
        }
    }

    /// The stage page where the field is entered.
    pub fn stage(self) -> StageId {
        match self {
            MilestoneField::MovedIn
            | MilestoneField::Registered
            | MilestoneField::MoveOutPlanned
            | MilestoneField::MovedWithinJapan
            | MilestoneField::ReportedNewAddress => StageId::Register,
            MilestoneField::LetterReceived => StageId::Letter,
            MilestoneField::PhotoTaken | MilestoneField::Applied => StageId::Apply,
            MilestoneField::NoticeReceived | MilestoneField::CollectionDeadline => StageId::Notice,
            MilestoneField::CardCollected => StageId::Collect,
            MilestoneField::ResidenceCardLost => StageId::Use,
            MilestoneField::CardExpiry | MilestoneField::ResidenceExpiry => StageId::KeepValid,
            MilestoneField::Departure => StageId::Leave,
        }
    }

    /// Whether the field records something that has already happened (so it cannot be in the future).
    /// A deadline, an expiry, a departure and a move within Japan may lie ahead: a planned move has the
    /// same R11/R18 deadlines before it happens as after.
    pub fn is_past_event(self) -> bool {
        !matches!(
            self,
            MilestoneField::CollectionDeadline
                | MilestoneField::CardExpiry
                | MilestoneField::ResidenceExpiry
                | MilestoneField::Departure
                | MilestoneField::MoveOutPlanned
                | MilestoneField::MovedWithinJapan
        )
    }

    /// The fields this one cannot come before, nearest first: e.g. you register after moving in. Each
    /// names only fields earlier in [`MilestoneField::ALL`], so one pass in that order can skip
    /// comparisons with dates already found invalid.
    fn not_before(self) -> &'static [MilestoneField] {
        use MilestoneField::*;
        match self {
            MovedIn => &[],
            Registered => &[MovedIn],
            LetterReceived => &[Registered, MovedIn],
            PhotoTaken => &[],
            Applied => &[Registered, MovedIn],
            NoticeReceived => &[Applied],
            CollectionDeadline => &[NoticeReceived, Applied],
            CardCollected => &[NoticeReceived, Applied],
            CardExpiry => &[CardCollected],
            ResidenceExpiry => &[MovedIn],
            Departure => &[MovedIn],
            MoveOutPlanned => &[MovedIn],
            MovedWithinJapan => &[MovedIn],
            ReportedNewAddress => &[MovedWithinJapan],
            ResidenceCardLost => &[],
        }
    }
}

impl Milestones {
    pub fn get(&self, field: MilestoneField) -> Option<NaiveDate> {
        match field {
            MilestoneField::MovedIn => self.moved_in,
            MilestoneField::Registered => self.registered,
            MilestoneField::LetterReceived => self.letter_received,
            MilestoneField::PhotoTaken => self.photo_taken,
            MilestoneField::Applied => self.applied,
            MilestoneField::NoticeReceived => self.notice_received,
            MilestoneField::CollectionDeadline => self.collection_deadline,
            MilestoneField::CardCollected => self.card_collected,
            MilestoneField::CardExpiry => self.card_expiry,
            MilestoneField::ResidenceExpiry => self.residence_expiry,
            MilestoneField::Departure => self.departure,
            MilestoneField::MoveOutPlanned => self.move_out_planned,
            MilestoneField::MovedWithinJapan => self.moved_within_japan,
            MilestoneField::ReportedNewAddress => self.reported_new_address,
            MilestoneField::ResidenceCardLost => self.residence_card_lost,
        }
    }

    pub fn set(&mut self, field: MilestoneField, value: Option<NaiveDate>) {
        let slot = match field {
            MilestoneField::MovedIn => &mut self.moved_in,
            MilestoneField::Registered => &mut self.registered,
            MilestoneField::LetterReceived => &mut self.letter_received,
            MilestoneField::PhotoTaken => &mut self.photo_taken,
            MilestoneField::Applied => &mut self.applied,
            MilestoneField::NoticeReceived => &mut self.notice_received,
            MilestoneField::CollectionDeadline => &mut self.collection_deadline,
            MilestoneField::CardCollected => &mut self.card_collected,
            MilestoneField::CardExpiry => &mut self.card_expiry,
            MilestoneField::ResidenceExpiry => &mut self.residence_expiry,
            MilestoneField::Departure => &mut self.departure,
            MilestoneField::MoveOutPlanned => &mut self.move_out_planned,
            MilestoneField::MovedWithinJapan => &mut self.moved_within_japan,
            MilestoneField::ReportedNewAddress => &mut self.reported_new_address,
            MilestoneField::ResidenceCardLost => &mut self.residence_card_lost,
        };
        *slot = value;
    }

    /// Enters (or clears) one date, with what entering it implies: collecting the card fills in the
    /// card's printed expiry from the residence-card expiry when it is still empty (R7: at collection
    /// the two are the same; the user can correct it). Nothing else moves the card's expiry.
    pub fn enter(&mut self, field: MilestoneField, value: Option<NaiveDate>) {
        self.set(field, value);
        if field == MilestoneField::CardCollected && value.is_some() && self.card_expiry.is_none() {
            self.card_expiry = self.residence_expiry;
        }
    }

    /// Whether express issuance applies to this registration (R3: only the first after arriving from
    /// abroad).
    pub fn express_possible(&self) -> bool {
        self.registration == RegistrationKind::FirstAfterArrival
    }

    /// Whether the user applied by express issuance: the card is then mailed, with no postcard and no
    /// counter pick-up (R3).
    pub fn applied_express(&self) -> bool {
        self.application_method == Some(ApplicationMethod::Express)
    }

    /// The ways of applying to offer on `today`: express issuance only while it is open (R3: the first
    /// registration after arriving, within 30 days of it) or, for a student recording it afterwards, when
    /// the application date entered lies in that window; and always when it is what the user already
    /// chose (their choice is never hidden from them).
    pub fn offered_methods(&self, today: NaiveDate) -> Vec<ApplicationMethod> {
        let day = self.applied.unwrap_or(today);
        let express_open = self.express_possible()
            && self.registered.is_some_and(|registered| {
                registered <= day && add_days(registered, 30).is_some_and(|last| day <= last)
            });
        ApplicationMethod::ALL
            .into_iter()
            .filter(|m| {
                *m != ApplicationMethod::Express
                    || express_open
                    || self.application_method == Some(*m)
            })
            .collect()
    }

    /// Whether the user has entered nothing yet: no date and no application method.
    pub fn is_empty(&self) -> bool {
        *self == Milestones::default()
    }

    /// The milestones with every invalid field removed: what the date engine may use.
    pub fn valid_only(&self, today: NaiveDate) -> Milestones {
        let mut clean = self.clone();
        for error in validate(self, today) {
            clean.set(error.field, None);
        }
        clean
    }
}

/// Why a date cannot be right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Something that has happened cannot be after today.
    InFuture,
    /// It cannot be before this other date (e.g. registering before moving in).
    Before(MilestoneField),
    /// A year outside 1990..=2100: a typing mistake.
    OutOfRange,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: MilestoneField,
    pub problem: Problem,
}

/// At most one problem per field, in [`MilestoneField::ALL`] order. Never panics.
///
/// A date is compared only with other dates that are themselves valid, so one mistake gives one message:
/// a registration typed as 2062 is "in the future", and the application after it is not also "before
/// the registration".
pub fn validate(m: &Milestones, today: NaiveDate) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = Vec::new();
    for field in MilestoneField::ALL {
        let Some(date) = m.get(field) else {
            continue;
        };
        let is_valid = |other: MilestoneField| errors.iter().all(|e| e.field != other);
        let problem = if !in_range(date) {
            Some(Problem::OutOfRange)
        } else if field.is_past_event() && date > today {
            Some(Problem::InFuture)
        } else {
            field
                .not_before()
                .iter()
                .copied()
                .find(|other| is_valid(*other) && m.get(*other).is_some_and(|o| date < o))
                .map(Problem::Before)
        };
        if let Some(problem) = problem {
            errors.push(FieldError { field, problem });
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: (i32, u32, u32) = (2026, 6, 1);

    fn today() -> NaiveDate {
        date(TODAY.0, TODAY.1, TODAY.2)
    }

    fn error(field: MilestoneField, problem: Problem) -> Vec<FieldError> {
        vec![FieldError { field, problem }]
    }

    #[test]
    fn a_consistent_journey_has_no_errors() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 4, 3)),
            letter_received: Some(date(2026, 4, 24)),
            photo_taken: Some(date(2026, 3, 1)),
            applied: Some(date(2026, 4, 25)),
            notice_received: Some(date(2026, 5, 25)),
            collection_deadline: Some(date(2026, 8, 25)),
            card_collected: Some(date(2026, 5, 30)),
            residence_expiry: Some(date(2027, 10, 1)),
            departure: Some(date(2028, 3, 20)),
            ..Milestones::default()
        };
        assert_eq!(validate(&m, today()), vec![]);
        assert_eq!(validate(&Milestones::default(), today()), vec![]);
    }

    #[test]
    fn registering_before_moving_in_is_an_error_on_the_registration_date() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 3, 31)),
            ..Default::default()
        };
        assert_eq!(
            validate(&m, today()),
            error(
                MilestoneField::Registered,
                Problem::Before(MilestoneField::MovedIn)
            )
        );
    }

    #[test]
    fn departure_before_arrival_is_an_error() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            departure: Some(date(2026, 3, 1)),
            ..Default::default()
        };
        assert_eq!(
            validate(&m, today()),
            error(
                MilestoneField::Departure,
                Problem::Before(MilestoneField::MovedIn)
            )
        );
    }

    #[test]
    fn a_photo_in_the_future_is_an_error() {
        let m = Milestones {
            photo_taken: Some(date(2026, 6, 2)),
            ..Default::default()
        };
        assert_eq!(
            validate(&m, today()),
            error(MilestoneField::PhotoTaken, Problem::InFuture)
        );
        let m = Milestones {
            photo_taken: Some(today()),
            ..Default::default()
        };
        assert_eq!(validate(&m, today()), vec![]);
    }

    #[test]
    fn things_that_happened_cannot_be_in_the_future_but_plans_can() {
        for field in MilestoneField::ALL {
            let mut m = Milestones::default();
            m.set(field, Some(date(2026, 12, 1)));
            let expected = if field.is_past_event() {
                error(field, Problem::InFuture)
            } else {
                vec![]
            };
            assert_eq!(validate(&m, today()), expected, "{field:?}");
        }
    }

    #[test]
    fn each_order_rule_names_the_earlier_field() {
        use MilestoneField::*;
        let cases = [
            (Registered, MovedIn),
            (LetterReceived, Registered),
            (Applied, Registered),
            (NoticeReceived, Applied),
            (CollectionDeadline, NoticeReceived),
            (CardCollected, NoticeReceived),
            (ResidenceExpiry, MovedIn),
            (Departure, MovedIn),
            (MovedWithinJapan, MovedIn),
        ];
        for (field, earlier) in cases {
            let mut m = Milestones::default();
            m.set(earlier, Some(date(2026, 5, 10)));
            m.set(field, Some(date(2026, 5, 9)));
            assert_eq!(
                validate(&m, today()),
                error(field, Problem::Before(earlier)),
                "{field:?}"
            );
            m.set(field, Some(date(2026, 5, 10)));
            assert_eq!(
                validate(&m, today()),
                vec![],
                "same day is fine for {field:?}"
            );
        }
    }

    #[test]
    fn each_field_is_checked_against_the_nearest_earlier_date_entered() {
        use MilestoneField::*;
        // Without a registration date, an application is checked against the move-in.
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            applied: Some(date(2026, 3, 31)),
            ..Default::default()
        };
        assert_eq!(
            validate(&m, today()),
            error(Applied, Problem::Before(MovedIn))
        );
        // Without a notice, collecting (or a printed deadline) is checked against the application.
        for field in [CardCollected, CollectionDeadline] {
            let mut m = Milestones {
                applied: Some(date(2026, 5, 10)),
                ..Default::default()
            };
            m.set(field, Some(date(2026, 5, 9)));
            assert_eq!(
                validate(&m, today()),
                error(field, Problem::Before(Applied)),
                "{field:?}"
            );
        }
        // A letter is checked against the move-in when the registration date is missing.
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            letter_received: Some(date(2026, 3, 1)),
            ..Default::default()
        };
        assert_eq!(
            validate(&m, today()),
            error(LetterReceived, Problem::Before(MovedIn))
        );
    }

    #[test]
    fn one_wrong_date_gives_one_message_not_a_cascade() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2062, 4, 3)), // typed 2062 for 2026
            applied: Some(date(2026, 4, 25)),
            ..Default::default()
        };
        assert_eq!(
            validate(&m, today()),
            error(MilestoneField::Registered, Problem::InFuture)
        );
        // The application is still checked against the move-in.
        let m = Milestones {
            applied: Some(date(2026, 3, 25)),
            ..m
        };
        assert_eq!(
            validate(&m, today()),
            vec![
                FieldError {
                    field: MilestoneField::Registered,
                    problem: Problem::InFuture
                },
                FieldError {
                    field: MilestoneField::Applied,
                    problem: Problem::Before(MilestoneField::MovedIn)
                },
            ]
        );
    }

    #[test]
    fn order_rules_only_name_fields_validated_earlier() {
        for (i, field) in MilestoneField::ALL.into_iter().enumerate() {
            for other in field.not_before() {
                let j = MilestoneField::ALL.iter().position(|f| f == other).unwrap();
                assert!(j < i, "{field:?} is checked against the later {other:?}");
            }
        }
    }

    #[test]
    fn a_move_within_japan_may_be_planned_ahead() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            moved_within_japan: Some(date(2026, 9, 1)),
            ..Default::default()
        };
        assert_eq!(validate(&m, today()), vec![]);
    }

    #[test]
    fn the_year_range_includes_1990_and_2100_and_is_checked_before_the_future() {
        let m = Milestones {
            moved_in: Some(date(1990, 1, 1)),
            departure: Some(date(2100, 12, 31)),
            ..Default::default()
        };
        assert_eq!(validate(&m, today()), vec![]);
        let m = Milestones {
            photo_taken: Some(date(2101, 1, 1)),
            letter_received: Some(date(1989, 12, 31)),
            ..Default::default()
        };
        assert_eq!(
            validate(&m, today()),
            vec![
                FieldError {
                    field: MilestoneField::LetterReceived,
                    problem: Problem::OutOfRange
                },
                FieldError {
                    field: MilestoneField::PhotoTaken,
                    problem: Problem::OutOfRange
                },
            ]
        );
    }

    #[test]
    fn validation_never_panics_on_the_extremes_of_the_calendar() {
        let mut m = Milestones::default();
        for field in MilestoneField::ALL {
            m.set(field, Some(NaiveDate::MAX));
        }
        m.moved_in = Some(NaiveDate::MIN);
        let errors = validate(&m, NaiveDate::MIN);
        assert_eq!(errors.len(), MilestoneField::ALL.len());
        assert!(errors.iter().all(|e| e.problem == Problem::OutOfRange));
    }

    #[test]
    fn years_outside_1990_to_2100_are_out_of_range() {
        let m = Milestones {
            departure: Some(date(2999, 1, 1)),
            moved_in: Some(date(1900, 1, 1)),
            ..Default::default()
        };
        assert_eq!(
            validate(&m, today()),
            vec![
                FieldError {
                    field: MilestoneField::MovedIn,
                    problem: Problem::OutOfRange
                },
                FieldError {
                    field: MilestoneField::Departure,
                    problem: Problem::OutOfRange
                },
            ]
        );
    }

    #[test]
    fn only_valid_dates_reach_the_engine() {
        let m = Milestones {
            moved_in: Some(date(2026, 4, 1)),
            registered: Some(date(2026, 3, 1)),
            ..Default::default()
        };
        let clean = m.valid_only(today());
        assert_eq!(clean.moved_in, Some(date(2026, 4, 1)));
        assert_eq!(clean.registered, None);
    }

    #[test]
    fn each_field_is_entered_on_the_page_of_its_stage() {
        use MilestoneField::*;
        let pages = [
            (MovedIn, StageId::Register),
            (Registered, StageId::Register),
            (MoveOutPlanned, StageId::Register),
            (MovedWithinJapan, StageId::Register),
            (ReportedNewAddress, StageId::Register),
            (LetterReceived, StageId::Letter),
            (PhotoTaken, StageId::Apply),
            (Applied, StageId::Apply),
            (NoticeReceived, StageId::Notice),
            (CollectionDeadline, StageId::Notice),
            (CardCollected, StageId::Collect),
            (CardExpiry, StageId::KeepValid),
            (ResidenceCardLost, StageId::Use),
            (ResidenceExpiry, StageId::KeepValid),
            (Departure, StageId::Leave),
        ];
        assert_eq!(pages.len(), MilestoneField::ALL.len());
        for (field, stage) in pages {
            assert_eq!(field.stage(), stage, "{field:?}");
        }
    }

    #[test]
    fn fields_round_trip_through_get_and_set_and_have_unique_slugs() {
        let mut slugs = std::collections::HashSet::new();
        for field in MilestoneField::ALL {
            let mut m = Milestones::default();
            m.set(field, Some(date(2026, 1, 2)));
            assert_eq!(m.get(field), Some(date(2026, 1, 2)));
            assert!(slugs.insert(field.slug()));
        }
        for method in ApplicationMethod::ALL {
            assert_eq!(ApplicationMethod::from_slug(method.slug()), Some(method));
        }
    }

    #[test]
    fn collecting_the_card_fills_in_its_expiry_from_the_residence_card_once() {
        // R7: at collection the card's printed expiry is the residence-card expiry then.
        let mut m = Milestones {
            residence_expiry: Some(date(2027, 3, 31)),
            ..Default::default()
        };
        m.enter(MilestoneField::CardCollected, Some(date(2026, 6, 10)));
        assert_eq!(m.card_expiry, Some(date(2027, 3, 31)));
        // A renewal at immigration gives a new residence-card expiry; the card's own date stays.
        m.enter(MilestoneField::ResidenceExpiry, Some(date(2029, 3, 31)));
        assert_eq!(m.card_expiry, Some(date(2027, 3, 31)));
        // Entering the collection date again never overwrites a date the user has.
        m.enter(MilestoneField::CardCollected, Some(date(2026, 6, 11)));
        assert_eq!(m.card_expiry, Some(date(2027, 3, 31)));
        // Without a residence-card expiry there is nothing to fill in.
        let mut m = Milestones::default();
        m.enter(MilestoneField::CardCollected, Some(date(2026, 6, 10)));
        assert_eq!(m.card_expiry, None);
    }

    #[test]
    fn the_card_expiry_cannot_be_before_collection_and_a_report_not_before_the_move() {
        let m = Milestones {
            card_collected: Some(date(2026, 5, 10)),
            card_expiry: Some(date(2026, 5, 9)),
            moved_within_japan: Some(date(2026, 5, 20)),
            reported_new_address: Some(date(2026, 5, 19)),
            ..Default::default()
        };
        assert_eq!(
            validate(&m, today()),
            vec![
                FieldError {
                    field: MilestoneField::CardExpiry,
                    problem: Problem::Before(MilestoneField::CardCollected)
                },
                FieldError {
                    field: MilestoneField::ReportedNewAddress,
                    problem: Problem::Before(MilestoneField::MovedWithinJapan)
                },
            ]
        );
    }

    #[test]
    fn express_issuance_is_only_for_the_first_registration_after_arriving() {
        // R3: the journey starts on arrival, so the default is the first registration.
        assert!(Milestones::default().express_possible());
        let m = Milestones {
            registration: RegistrationKind::AfterMoveWithinJapan,
            ..Default::default()
        };
        assert!(!m.express_possible());
        for kind in [
            RegistrationKind::FirstAfterArrival,
            RegistrationKind::AfterMoveWithinJapan,
        ] {
            assert_eq!(RegistrationKind::from_slug(kind.slug()), Some(kind));
        }
    }

    #[test]
    fn express_is_offered_as_a_way_of_applying_only_where_it_applies() {
        let today = date(2026, 4, 20);
        let arrived = Milestones {
            registered: Some(date(2026, 4, 3)),
            ..Default::default()
        };
        assert!(arrived
            .offered_methods(today)
            .contains(&ApplicationMethod::Express));
        let after_a_move = Milestones {
            registration: RegistrationKind::AfterMoveWithinJapan,
            ..arrived.clone()
        };
        assert!(!after_a_move
            .offered_methods(today)
            .contains(&ApplicationMethod::Express));
        assert_eq!(after_a_move.offered_methods(today).len(), 4);
        let chosen = Milestones {
            application_method: Some(ApplicationMethod::Express),
            ..after_a_move
        };
        assert!(chosen
            .offered_methods(today)
            .contains(&ApplicationMethod::Express));
    }

    #[test]
    fn express_is_offered_only_while_its_window_is_open_r3() {
        // Registered on 3 Apr 2026: express is possible until 3 May 2026.
        let m = Milestones {
            registered: Some(date(2026, 4, 3)),
            ..Default::default()
        };
        let offers_express = |m: &Milestones, today| {
            m.offered_methods(today)
                .contains(&ApplicationMethod::Express)
        };
        assert!(offers_express(&m, date(2026, 4, 3)));
        assert!(offers_express(&m, date(2026, 5, 3)));
        assert!(!offers_express(&m, date(2026, 5, 4)));
        // Without a registration date the window is unknown, so express is not offered.
        assert!(!offers_express(&Milestones::default(), date(2026, 4, 20)));
        // A student who applied on 20 Apr, within the window, can still record it in June…
        let applied_in_time = Milestones {
            applied: Some(date(2026, 4, 20)),
            ..m.clone()
        };
        assert!(offers_express(&applied_in_time, date(2026, 6, 1)));
        // …but not an application made after the window closed.
        let applied_late = Milestones {
            applied: Some(date(2026, 5, 10)),
            ..m
        };
        assert!(!offers_express(&applied_late, date(2026, 5, 10)));
    }

    #[test]
    fn milestones_are_empty_until_a_date_or_the_application_method_is_entered() {
        assert!(Milestones::default().is_empty());
        let dated = Milestones {
            departure: Some(date(2027, 3, 31)),
            ..Default::default()
        };
        assert!(!dated.is_empty());
        let method_only = Milestones {
            application_method: Some(ApplicationMethod::Online),
            ..Default::default()
        };
        assert!(!method_only.is_empty());
    }
}
