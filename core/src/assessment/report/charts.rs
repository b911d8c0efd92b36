//! Bar charts as inline SVG, drawn with plotters' SVG backend (no fonts needed: the text is SVG
//! text, rendered by the browser).

use plotters::prelude::*;

/// A bar chart of `values` (one per label), vertical or horizontal, as an `<svg>` element.
pub(super) fn bars(
    title: &str,
    labels: &[String],
    values: &[f64],
    max: f64,
    horizontal: bool,
) -> String {
    let mut svg = String::new();
    let n = labels.len().max(1) as u32;
    // A segmented range of 0..k has k + 1 slots; k = n - 1 gives one bar per label.
    let slots = n.saturating_sub(1).max(1);
    let height = if horizontal { 60 + 22 * n } else { 320 };
    let drawn = (|| -> Option<()> {
        let root = SVGBackend::with_string(&mut svg, (720, height)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        let label = |i: &u32| labels.get(*i as usize).cloned().unwrap_or_default();
        let style = RGBColor(0x2b, 0x6c, 0xb0).filled();
        let data = values.iter().enumerate().map(|(i, v)| (i as u32, *v));
        if horizontal {
            let mut chart = ChartBuilder::on(&root)
                .caption(title, ("sans-serif", 18))
                .margin(8)
                .x_label_area_size(28)
                .y_label_area_size(260)
                .build_cartesian_2d(0f64..max, (0u32..slots).into_segmented())
                .ok()?;
            chart
                .configure_mesh()
                .disable_y_mesh()
                .y_labels(n as usize)
                .y_label_formatter(&|v| match v {
                    SegmentValue::CenterOf(i) => label(i),
                    _ => String::new(),
                })
                .draw()
                .ok()?;
            chart
                .draw_series(
                    Histogram::horizontal(&chart)
                        .style(style)
                        .margin(3)
                        .data(data),
                )
                .ok()?;
        } else {
            let mut chart = ChartBuilder::on(&root)
                .caption(title, ("sans-serif", 18))
                .margin(8)
                .x_label_area_size(36)
                .y_label_area_size(48)
                .build_cartesian_2d((0u32..slots).into_segmented(), 0f64..max)
                .ok()?;
            chart
                .configure_mesh()
                .disable_x_mesh()
                .x_labels(n as usize)
                .x_label_formatter(&|v| match v {
                    SegmentValue::CenterOf(i) => label(i),
                    _ => String::new(),
                })
                .draw()
                .ok()?;
            chart
                .draw_series(
                    Histogram::vertical(&chart)
                        .style(style)
                        .margin(8)
                        .data(data),
                )
                .ok()?;
        }
        root.present().ok()?;
        Some(())
    })();
    match drawn {
        Some(()) => svg,
        // A chart that cannot be drawn is left out, not a broken page.
        None => String::new(),
    }
}
