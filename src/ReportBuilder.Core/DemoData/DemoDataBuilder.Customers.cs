namespace ReportBuilder.DemoData;

internal sealed partial class DemoDataBuilder
{
    private const int HistoryMonths = 36;
    private const double PremiumShare = 0.20;
    private const double MonthlyChurn = 0.015;
    private const double MonthlyNpsAnswer = 0.06;

    // Customers in id order, which is creation order; churned is long.MaxValue while active.
    private long[] _customerCreated = [];
    private long[] _customerChurned = [];
    private bool[] _customerPremium = [];
    private double[] _customerActivity = [];

    /// <summary>About one customer per 8 tickets (at least 20): 70% signed up before the window, the rest during it.</summary>
    private void GenerateCustomers()
    {
        var count = Math.Max(20, (int)Math.Round(_options.Tickets / 8.0));
        var before = Math.Max(1, (int)Math.Round(count * 0.7));
        var historyStart = DemoClock.At(_startDate.AddMonths(-HistoryMonths));
        _customerCreated = new long[count];
        for (var i = 0; i < count; i++)
        {
            // Sign-ups grow over time: u^0.7 leans the pre-window ones toward the window.
            _customerCreated[i] = i < before
                ? historyStart + (long)(Math.Pow(_random.NextDouble(), 0.7) * (_start - historyStart))
                : _random.Between(_start, _end);
        }
        Array.Sort(_customerCreated);

        _customerChurned = new long[count];
        _customerPremium = new bool[count];
        _customerActivity = new double[count];
        Array.Fill(_customerChurned, long.MaxValue);
        for (var i = 0; i < count; i++)
        {
            _customerPremium[i] = _random.Chance(PremiumShare);
            _customerActivity[i] = Math.Min(1.0, _random.LogNormal(_customerPremium[i] ? 0.6 : 0.3, 0.8));
        }
        GenerateChurn();

        for (var i = 0; i < count; i++)
        {
            var name = DemoNames.CompanyHeads[_random.Next(DemoNames.CompanyHeads.Length)]
                + DemoNames.CompanyTails[_random.Next(DemoNames.CompanyTails.Length)] + " "
                + DemoNames.Industries[_random.Next(DemoNames.Industries.Length)]
                + DemoNames.CompanySuffixes[_random.Next(DemoNames.CompanySuffixes.Length)];
            var churned = _customerChurned[i];
            _customers.Add(i + 1, name, _customerPremium[i] ? "premium" : "standard",
                DemoClock.Text(_customerCreated[i]), churned == long.MaxValue ? null : DemoClock.Text(churned));
        }
    }

    /// <summary>Each window month, about 1.5% of the customers active in it churn.</summary>
    private void GenerateChurn()
    {
        for (var month = 0; month < _options.Months; month++)
        {
            var (from, to) = WindowMonth(month);
            for (var c = 0; c < _customerCreated.Length; c++)
            {
                var earliest = Math.Max(from, _customerCreated[c] + DemoClock.Day);
                if (_customerChurned[c] != long.MaxValue || earliest >= to || !_random.Chance(MonthlyChurn))
                    continue;
                _customerChurned[c] = _random.Between(earliest, to);
            }
        }
    }

    /// <summary>Each window month, a few customers active in it answer the survey; 45/25/30 promoters/passives/detractors.</summary>
    private void GenerateNps()
    {
        long id = 0;
        for (var month = 0; month < _options.Months; month++)
        {
            var (from, to) = WindowMonth(month);
            for (var c = 0; c < _customerCreated.Length; c++)
            {
                var activeFrom = Math.Max(from, _customerCreated[c] + 1);
                var activeTo = Math.Min(to, _customerChurned[c]);
                if (activeFrom >= activeTo || !_random.Chance(MonthlyNpsAnswer))
                    continue;
                var at = _random.Between(activeFrom, activeTo);
                var score = _random.Pick([0.30, 0.25, 0.45]) switch
                {
                    0 => _random.Pick([2, 1, 2, 3, 5, 8, 9]),
                    1 => _random.Chance(0.45) ? 7 : 8,
                    _ => _random.Chance(0.55) ? 10 : 9,
                };
                _nps.Add(++id, c + 1, Boxed(score), DemoClock.Text(at));
            }
        }
    }

    /// <summary>The instants [from, to) of the window's month number <paramref name="month"/>, counted from the start.</summary>
    private (long From, long To) WindowMonth(int month) =>
        (DemoClock.At(_startDate.AddMonths(month)),
         month + 1 == _options.Months ? _end : DemoClock.At(_startDate.AddMonths(month + 1)));

    /// <summary>A customer that exists and has not churned at <paramref name="at"/>; busier customers are picked more often.</summary>
    private int PickCustomer(long at)
    {
        var signedUp = Array.BinarySearch(_customerCreated, at);
        var limit = signedUp >= 0 ? signedUp : ~signedUp;
        while (limit > 1 && _customerCreated[limit - 1] >= at)
            limit--;
        limit = Math.Max(limit, 1);
        var fallback = -1;
        for (var attempt = 0; attempt < 32; attempt++)
        {
            var c = _random.Next(limit);
            if (_customerChurned[c] <= at)
                continue;
            fallback = c;
            if (_random.Chance(_customerActivity[c]))
                return c;
        }
        return fallback >= 0 ? fallback : 0;
    }
}
