namespace ReportBuilder.Testing;

/// <summary>Databases whose insights are worked out by hand in the Insights tests, shared by the tests of the model, the brief
/// and the rendered key labels.</summary>
internal static class InsightData
{
    // One-touch resolution (target ≥ 60%), by channel:
    //   September: email 4 solved, 3 with one reply (75%); chat 4 solved, 4 with one reply (100%) → 7/8 = 87.5%
    //   October:   email 6 solved, 2 with one reply (33.3%); chat 2 solved, 2 with one reply (100%) → 4/8 = 50%
    public static TestDatabase OneTouchByChannel()
    {
        var db = new TestDatabase();
        foreach (var (month, channel, solved, oneTouch) in new[] { ("09", "email", 4, 3), ("09", "chat", 4, 4), ("10", "email", 6, 2), ("10", "chat", 2, 2) })
        {
            for (var i = 0; i < solved; i++)
            {
                db.Solved($"2026-{month}-0{i + 1} 09:00", $"2026-{month}-0{i + 1} 10:00", replies: i < oneTouch ? 1 : 2, channel: channel);
            }
        }

        return db;
    }

    // One-touch resolution ≥ 60%: July one reply (100%, pass); August to October two replies (0%, fail).
    public static TestDatabase FailingSinceAugust() => new TestDatabase()
        .Solved("2026-07-02 09:00", "2026-07-02 10:00", replies: 1)
        .Solved("2026-08-02 09:00", "2026-08-02 10:00", replies: 2)
        .Solved("2026-09-02 09:00", "2026-09-02 10:00", replies: 2)
        .Solved("2026-10-02 09:00", "2026-10-02 10:00", replies: 2);
}
