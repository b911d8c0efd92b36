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

/// A horizontal stacked bar chart: one bar per label, its segments the `series` (name, colour,
/// one value per label) laid end to end, with a legend. For counts that must not be merged —
/// judged on time, late, and not judged at all.
pub(super) fn stacked(
    title: &str,
    labels: &[String],
    series: &[(&str, RGBColor, Vec<f64>)],
) -> String {
    let mut svg = String::new();
    let n = labels.len().max(1);
    let total = |i: usize| {
        series
            .iter()
            .map(|s| s.2.get(i).copied().unwrap_or(0.0))
            .sum::<f64>()
    };
    // Room on the right for the legend.
    let max = (0..n).map(total).fold(1.0, f64::max) * 1.4;
    let height = 90 + 22 * n as u32;
    let drawn = (|| -> Option<()> {
        let root = SVGBackend::with_string(&mut svg, (720, height)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 18))
            .margin(8)
            .x_label_area_size(28)
            .y_label_area_size(260)
            .build_cartesian_2d(0f64..max, 0f64..n as f64)
            .ok()?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n * 2 + 1)
            .y_label_formatter(&|v| {
                // Labels sit at the middle of each bar's band (k + 0.5).
                let k = *v - 0.5;
                match (k.fract().abs() < 1e-9 && k >= 0.0).then_some(k as usize) {
                    Some(i) => labels.get(n - 1 - i).cloned().unwrap_or_default(),
                    None => String::new(),
                }
            })
            .draw()
            .ok()?;
        for (name, colour, values) in series {
            let colour = *colour;
            // Each segment starts where the series before it ended.
            let before = |i: usize| {
                series
                    .iter()
                    .take_while(|s| s.0 != *name)
                    .map(|s| s.2.get(i).copied().unwrap_or(0.0))
                    .sum::<f64>()
            };
            chart
                .draw_series(values.iter().enumerate().map(|(i, v)| {
                    let y = (n - 1 - i) as f64;
                    let x0 = before(i);
                    Rectangle::new([(x0, y + 0.15), (x0 + v, y + 0.85)], colour.filled())
                }))
                .ok()?
                .label(*name)
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled())
                });
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::LowerRight)
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()
            .ok()?;
        root.present().ok()?;
        Some(())
    })();
    match drawn {
        Some(()) => svg,
        None => String::new(),
    }
}
