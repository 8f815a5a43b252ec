using ReportBuilder.Import;

namespace ReportBuilder.Tests.Import;

/// <summary>Each vendor's satisfaction scale stored on the catalog's 1–5 rating gives, through the catalog's own csat metric,
/// the vendor's CSAT: the share of answers the vendor counts as satisfied (worked out by hand below).</summary>
public sealed class CsatScaleTests
{
    public static TheoryData<string, string[], double> Answers => new()
    {
        // Zendesk: good / (good + bad); offered and unoffered are no answers. 3 good of 4 answered.
        { "binary", ["good", "bad", "good", "offered", "unoffered", "good"], 0.75 },
        // 1–5 (Intercom's conversation ratings): 4 and 5 are satisfied. 3 of 6.
        { "five", ["5", "4", "3", "2", "1", "4"], 0.5 },
        // Help Scout: great is satisfied, okay and not good are not. 2 of 5.
        { "three", ["great", "okay", "not good", "great", "okay"], 0.4 },
        // Freshdesk: the positive codes are satisfied (103, 102, 101), neutral 100 and the negative ones are not. 4 of 7.
        { "freshdesk", ["103", "102", "101", "100", "-101", "-102", "103"], 4 / 7.0 },
    };

    private static CsatScale Scale(string name) => name switch
    {
        "binary" => CsatScale.Binary,
        "five" => CsatScale.FivePoint,
        "three" => CsatScale.ThreePoint,
        _ => CsatScale.Freshdesk,
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task The_catalog_s_csat_on_the_stored_ratings_is_the_vendor_s_share_of_satisfied_answers(string scale, string[] answers, double vendorCsat)
    {
        using var db = new TestDatabase().Customer(1).Ticket("2026-10-01 08:00", id: 1);
        var day = 1;
        foreach (var answer in answers)
        {
            if (Scale(scale).Rating(answer) is { } rating)
            {
                db.Csat(rating, $"2026-10-{day++:00} 10:00");
            }
        }

        var csat = await db.MetricAsync("metric: csat");

        csat.Value!.Value.ShouldBe(vendorCsat, 1e-12);
    }

    [Fact]
    public void An_answer_off_the_scale_is_refused_and_no_answer_is_null()
    {
        CsatScale.Binary.Rating("offered").ShouldBeNull();
        CsatScale.FivePoint.Rating("4.0").ShouldBe(4);
        Should.Throw<FormatException>(() => CsatScale.Freshdesk.Rating("7")).Message.ShouldContain("is not an answer on the Freshdesk codes");
        Should.Throw<FormatException>(() => CsatScale.Binary.Rating("meh"));
    }
}
