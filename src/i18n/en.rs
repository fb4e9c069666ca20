//! English.

use super::{StageText, Texts, Ui};

pub static TEXTS: Texts = Texts {
    ui: Ui {
        app_name: "My Number Guide",
        app_tagline: "Your My Number Card, step by step",
        nav_home: "Home",
        nav_journey: "Journey",
        nav_phrases: "Phrases",
        nav_settings: "Settings",
        journey_heading: "Your journey",
        journey_intro: "Eight steps, from moving in to leaving Japan.",
        stage_number: "Step {n}",
        not_found_title: "Page not found",
        not_found_body: "This page does not exist in the app.",
        back_home: "Back to home",
    },
    stages: [
        StageText {
            title: "Register your address",
        },
        StageText {
            title: "Notification letter",
        },
        StageText {
            title: "Apply for the card",
        },
        StageText {
            title: "Issuance notice",
        },
        StageText {
            title: "Collect the card",
        },
        StageText {
            title: "Use your card",
        },
        StageText {
            title: "Keep it valid",
        },
        StageText {
            title: "Leave Japan",
        },
    ],
};
