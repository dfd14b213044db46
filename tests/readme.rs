//! The README's example plan is a real plan: it loads, has no problems, and survives a save.

#[test]
fn the_readme_example_plan_loads_without_problems() {
    let readme = include_str!("../README.md");
    let start = readme.find("```ron\n").expect("the README shows a plan") + "```ron\n".len();
    let example = &readme[start..start + readme[start..].find("```").unwrap()];
    let plan = attache::file::from_text(example).expect("the README's example loads");
    assert_eq!(plan.people.len(), 1);
    assert_eq!(plan.events[0].end.zone, "Europe/Istanbul");
    let saved = attache::file::to_text(&plan);
    assert_eq!(attache::file::from_text(&saved).unwrap(), plan);
    assert!(attache::check::check(&plan, jiff::civil::date(2027, 3, 1)).is_empty());
}
