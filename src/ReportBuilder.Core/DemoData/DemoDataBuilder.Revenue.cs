namespace ReportBuilder.DemoData;

internal sealed partial class DemoDataBuilder
{
    private const int NoMonth = int.MaxValue;
    private const double MonthlyExpansion = 0.035;
    private const double MonthlyContraction = 0.02;
    private const double EarlierChurnShare = 0.03;

    /// <summary>
    /// MRR movements month by month from the first sign-up to the window's last month: <c>new</c> in
    /// the sign-up month, occasional expansion and contraction, <c>churn</c> of the whole MRR in the
    /// churn month. A few older customers churned before the window and came back (<c>reactivation</c>);
    /// they are active today, so their <c>churned_at</c> stays NULL. Amounts are whole units, so sums are exact.
    /// </summary>
    private void GenerateRevenue()
    {
        var count = _customerCreated.Length;
        var created = new int[count];
        var churned = new int[count];
        var earlierChurn = new int[count];
        var comeback = new int[count];
        var mrr = new double[count];
        var startMonth = MonthIndex(_start);
        var lastMonth = MonthIndex(_end - 1);
        for (var c = 0; c < count; c++)
        {
            created[c] = MonthIndex(_customerCreated[c]);
            churned[c] = _customerChurned[c] == long.MaxValue ? NoMonth : MonthIndex(_customerChurned[c]);
            earlierChurn[c] = comeback[c] = NoMonth;
            if (created[c] + 2 < startMonth && _random.Chance(EarlierChurnShare))
            {
                var left = created[c] + 1 + _random.Next(startMonth - created[c] - 1);
                var back = left + 1 + _random.Next(Math.Min(startMonth + 1, lastMonth) - left);
                if (back < churned[c])
                    (earlierChurn[c], comeback[c]) = (left, back);
            }
        }

        long id = 0;
        for (var month = created[0]; month <= lastMonth; month++)
        {
            var monthText = DemoClock.MonthText(new DateOnly(month / 12, month % 12 + 1, 1));
            for (var c = 0; c < count; c++)
            {
                if (month < created[c] || month > churned[c] || (month > earlierChurn[c] && month < comeback[c]))
                    continue;
                if (month == created[c] || month == comeback[c])
                {
                    mrr[c] = BaseMrr(_customerPremium[c]);
                    _mrr.Add(++id, c + 1, monthText, month == created[c] ? "new" : "reactivation", mrr[c]);
                }
                else if (month != churned[c] && month != earlierChurn[c])
                {
                    var change = _random.NextDouble();
                    if (change < MonthlyExpansion)
                    {
                        var amount = Math.Max(1, Math.Round(mrr[c] * _random.Between(0.1, 0.5)));
                        mrr[c] += amount;
                        _mrr.Add(++id, c + 1, monthText, "expansion", amount);
                    }
                    else if (change < MonthlyExpansion + MonthlyContraction && mrr[c] >= 2)
                    {
                        var amount = Math.Clamp(Math.Round(mrr[c] * _random.Between(0.1, 0.4)), 1, mrr[c] - 1);
                        mrr[c] -= amount;
                        _mrr.Add(++id, c + 1, monthText, "contraction", amount);
                    }
                }
                if (month == churned[c] || month == earlierChurn[c])
                {
                    _mrr.Add(++id, c + 1, monthText, "churn", mrr[c]);
                    mrr[c] = 0;
                }
            }
        }
    }

    /// <summary>A customer's starting MRR: standard plans around 120, premium around 900.</summary>
    private double BaseMrr(bool premium) => premium
        ? Math.Max(299, Math.Round(_random.LogNormal(900, 0.5)))
        : Math.Max(19, Math.Round(_random.LogNormal(120, 0.6)));

    private static int MonthIndex(long instant)
    {
        var date = DemoClock.DateOf(instant);
        return date.Year * 12 + date.Month - 1;
    }
}
