namespace ReportBuilder.Tests.Insights;

/// <summary>The gap sentence and the owner sentence word for word in every language, for one, two and three groups holding
/// the gap (issue #19 items 3 and 7): the verb agrees with the number of groups, the groups stand in the case the sentence
/// needs, numbers and units are spaced as the language writes them.</summary>
public sealed class GapSentenceWordsTests
{
    // One-touch resolution (target ≥ 60%) in October by channel, every group of 10 solved tickets with 2 of one reply (20%)
    // but chat, 4 tickets all of one reply (100%, past the target). With n missing groups the report has 10n + 4 tickets,
    // 2n + 4 of one reply; each missing group's part is (10 / (10n + 4)) · 0.4, chat's (4 / (10n + 4)) · (−0.4).
    //   n = 1: 6 / 14 = 42.9%, gap 17.1 pp; email's part 28.6 pp ≥ ⅘ of it: email alone.
    //   n = 2: 8 / 24 = 33.3%, gap 26.7 pp; email 16.7 pp < ⅘ · 26.7 = 21.3, with web 33.3 pp: both.
    //   n = 3: 10 / 34 = 29.4%, gap 30.6 pp; one part 11.8, two 23.5 < ⅘ · 30.6 = 24.5, three 35.3 pp: all three.
    // The others are chat alone, at 100%.
    private static TestDatabase Channels(int missing)
    {
        var db = new TestDatabase();
        foreach (var channel in new[] { "email", "web", "phone" }.Take(missing))
        {
            for (var i = 0; i < 10; i++)
            {
                db.Solved($"2026-10-{i + 1:00} 09:00", $"2026-10-{i + 1:00} 10:00", replies: i < 2 ? 1 : 2, channel: channel);
            }
        }

        for (var i = 0; i < 4; i++)
        {
            db.Solved($"2026-10-{i + 11:00} 09:00", $"2026-10-{i + 11:00} 10:00", replies: 1, channel: "chat");
        }

        return db;
    }

    public static TheoryData<string, int, string> Sentences => new()
    {
        { "en", 1, "Channel: email (20.0%) accounts for 28.6\u00a0pp of the 17.1\u00a0pp gap; the others are at 100.0%." },
        { "en", 2, "Channel: email (20.0%) and web (20.0%) account for 33.3\u00a0pp of the 26.7\u00a0pp gap; the others are at 100.0%." },
        { "en", 3, "Channel: email (20.0%), phone (20.0%) and web (20.0%) account for 35.3\u00a0pp of the 30.6\u00a0pp gap; the others are at 100.0%." },
        { "de", 1, "Kanal: Auf E-Mail (20,0\u00a0%) entfallen 28,6\u00a0Pp. der Lücke von 17,1\u00a0Pp.; die übrigen liegen bei 100,0\u00a0%." },
        { "de", 2, "Kanal: Auf E-Mail (20,0\u00a0%) und Web (20,0\u00a0%) entfallen 33,3\u00a0Pp. der Lücke von 26,7\u00a0Pp.; die übrigen liegen bei 100,0\u00a0%." },
        { "de", 3, "Kanal: Auf E-Mail (20,0\u00a0%), Telefon (20,0\u00a0%) und Web (20,0\u00a0%) entfallen 35,3\u00a0Pp. der Lücke von 30,6\u00a0Pp.; die übrigen liegen bei 100,0\u00a0%." },
        { "fr", 1, "Canal : e-mail (20,0\u00a0%) représente 28,6\u00a0pts de l'écart de 17,1\u00a0pts ; les autres sont à 100,0\u00a0%." },
        { "fr", 2, "Canal : e-mail (20,0\u00a0%) et web (20,0\u00a0%) représentent 33,3\u00a0pts de l'écart de 26,7\u00a0pts ; les autres sont à 100,0\u00a0%." },
        { "fr", 3, "Canal : e-mail (20,0\u00a0%), téléphone (20,0\u00a0%) et web (20,0\u00a0%) représentent 35,3\u00a0pts de l'écart de 30,6\u00a0pts ; les autres sont à 100,0\u00a0%." },
        { "pl", 1, "Kanał: e-mail (20,0%) odpowiada za 28,6\u00a0p.p. z 17,1\u00a0p.p. różnicy do celu; pozostałe grupy: 100,0%." },
        { "pl", 2, "Kanał: e-mail (20,0%) i WWW (20,0%) odpowiadają za 33,3\u00a0p.p. z 26,7\u00a0p.p. różnicy do celu; pozostałe grupy: 100,0%." },
        { "pl", 3, "Kanał: e-mail (20,0%), telefon (20,0%) i WWW (20,0%) odpowiadają za 35,3\u00a0p.p. z 30,6\u00a0p.p. różnicy do celu; pozostałe grupy: 100,0%." },
        { "ru", 1, "Канал: эл. почта (20,0\u00a0%) — 28,6\u00a0п.п. из 17,1\u00a0п.п. отставания от цели; остальные группы: 100,0\u00a0%." },
        { "ru", 2, "Канал: эл. почта (20,0\u00a0%) и веб (20,0\u00a0%) — 33,3\u00a0п.п. из 26,7\u00a0п.п. отставания от цели; остальные группы: 100,0\u00a0%." },
        { "ru", 3, "Канал: эл. почта (20,0\u00a0%), телефон (20,0\u00a0%) и веб (20,0\u00a0%) — 35,3\u00a0п.п. из 30,6\u00a0п.п. отставания от цели; остальные группы: 100,0\u00a0%." },
        { "ko", 1, "채널: 목표와의 차이 17.1%p 중 이메일(20.0%)의 몫이 28.6%p입니다. 나머지 그룹은 100.0%입니다." },
        { "ko", 2, "채널: 목표와의 차이 26.7%p 중 이메일(20.0%) 및 웹(20.0%)의 몫이 33.3%p입니다. 나머지 그룹은 100.0%입니다." },
        { "ko", 3, "채널: 목표와의 차이 30.6%p 중 이메일(20.0%), 전화(20.0%) 및 웹(20.0%)의 몫이 35.3%p입니다. 나머지 그룹은 100.0%입니다." },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task GapSentence_OneTwoOrThreeGroups_WordForWord(string locale, int groups, string expected)
    {
        using var db = Channels(groups);

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: one_touch_rate, breakdown: [channel], min_sample: 1") + $"\nlocale: {locale}\n");

        model.Brief.Sentences[1].ShouldBe(expected);
    }
}
