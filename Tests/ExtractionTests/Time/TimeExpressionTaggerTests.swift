import Testing
@testable import Extraction

@Suite struct TimeExpressionTaggerTests {
    static let seeds: [TimeCase] = [
        P("He also said that the Mosul offensive is scheduled to begin on October 19.", "on October 19",
          "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("The Iraqi army gave the order to begin the operation in a few hours.", "in a few hours",
          "2016-10-10T12", .hour, "2016-10-10T12", "2016-10-10T18", approx: true),
        P("Baghdad-led forces freed Fallujah in late June after a three-months-long siege.", "in late June",
          "2016-06", .month, "2016-06-21", "2016-07-01", approx: true),
        K("Baghdad-led forces freed Fallujah in late June after a three-months-long siege.", "three-months-long", .duration),
        K("Daesh has held the city since 2014.", "since 2014", .since),
    ]

    static let absoluteDates: [TimeCase] = [
        P("The offensive will begin on Oct. 19, 2016.", "on Oct. 19, 2016", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("Talks open on 19 October 2016 in Geneva.", "on 19 October 2016", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("The vote is set for 2016-10-19.", "for 2016-10-19", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("The meeting was held on 19/10/2016.", "on 19/10/2016", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("Elections are planned for 10/19/2016.", "for 10/19/2016", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("The exchange took place on 19.10.2016.", "on 19.10.2016", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("Voting ends on October 19th.", "on October 19th", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("They will meet on the 19th of October.", "on the 19th of October", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("The deadline is October 2016.", "October 2016", "2016-10", .month, "2016-10-01", "2016-11-01"),
        P("The plan was drawn up in 2015.", "in 2015", "2015", .year, "2015-01-01", "2016-01-01"),
        P("It will resume in March.", "in March", "2017-03", .month, "2017-03-01", "2017-04-01"),
        P("It resumed in March.", "in March", "2016-03", .month, "2016-03-01", "2016-04-01"),
        P("The offensive began on October 1.", "on October 1", "2016-10-01", .day, "2016-10-01", "2016-10-02"),
        P("The offensive will begin on October 1.", "on October 1", "2017-10-01", .day, "2017-10-01", "2017-10-02"),
        P("The offensive begins on October 10.", "on October 10", "2016-10-10", .day, "2016-10-10", "2016-10-11"),
        P("Forces enter the town on October 1.", "on October 1", "2016-10-01", .day, "2016-10-01", "2016-10-02", tense: .past),
        P("Forces enter the town on October 1.", "on October 1", "2017-10-01", .day, "2017-10-01", "2017-10-02", tense: .future),
        P("They will meet on the 19th.", "on the 19th", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("They met on the 5th.", "on the 5th", "2016-10-05", .day, "2016-10-05", "2016-10-06"),
        P("They will meet on the 5th.", "on the 5th", "2016-11-05", .day, "2016-11-05", "2016-11-06"),
        P("The war ended in May 2003.", "in May 2003", "2003-05", .month, "2003-05-01", "2003-06-01"),
        P("They will fight through September 2017.", "through September 2017", "2017-09", .month, "2017-09-01", "2017-10-01"),
        P("Talks are planned for 17-19 October.", "for 17-19 October", "2016-10-17", .day, "2016-10-17", "2016-10-20"),
        P("Talks run October 17-19.", "October 17-19", "2016-10-17", .day, "2016-10-17", "2016-10-20"),
        P("The city fell on June 10, 2014.", "on June 10, 2014", "2014-06-10", .day, "2014-06-10", "2014-06-11"),
        P("The siege ended on 29 February 2016.", "on 29 February 2016", "2016-02-29", .day, "2016-02-29", "2016-03-01"),
        P("The summit is due in Sept. 2017.", "in Sept. 2017", "2017-09", .month, "2017-09-01", "2017-10-01"),
        P("ON OCTOBER 19 THE ARMY WILL MOVE.", "ON OCTOBER 19", "2016-10-19", .day, "2016-10-19", "2016-10-20"),
        P("The talks resume on 2 January.", "on 2 January", "2017-01-02", .day, "2017-01-02", "2017-01-03"),
    ]

    static let weekdays: [TimeCase] = [
        P("The assault will start on Tuesday.", "on Tuesday", "2016-10-11", .day, "2016-10-11", "2016-10-12"),
        P("The assault started on Tuesday.", "on Tuesday", "2016-10-04", .day, "2016-10-04", "2016-10-05"),
        P("Troops will move next Tuesday.", "next Tuesday", "2016-10-18", .day, "2016-10-18", "2016-10-19"),
        P("Rebels attacked last Friday.", "last Friday", "2016-10-07", .day, "2016-10-07", "2016-10-08"),
        P("They will strike on Monday.", "on Monday", "2016-10-10", .day, "2016-10-10", "2016-10-11"),
        P("This weekend, troops will rest.", "This weekend", "2016-10-15", .day, "2016-10-15", "2016-10-17"),
        P("Fighting erupted last weekend.", "last weekend", "2016-10-08", .day, "2016-10-08", "2016-10-10"),
        P("Talks will run from Monday to Wednesday.", "from Monday to Wednesday", "2016-10-10", .day, "2016-10-10", "2016-10-13"),
        P("The strike came on Tuesday, October 4.", "on Tuesday, October 4", "2016-10-04", .day, "2016-10-04", "2016-10-05"),
        P("They will attack on Friday morning.", "on Friday morning", "2016-10-14", .day, "2016-10-14T06", "2016-10-14T12", approx: true),
        P("The convoy left on Sunday night.", "on Sunday night", "2016-10-09", .day, "2016-10-09T20", "2016-10-10T06", approx: true),
        P("Shelling resumed after Friday.", "after Friday", "2016-10-07", .day, "2016-10-07", "2016-10-08", anchor: .after),
        P("Troops must leave by Thursday.", "by Thursday", "2016-10-13", .day, "2016-10-13", "2016-10-14", anchor: .by),
        P("The army will hold the line until next weekend.", "until next weekend", "2016-10-22", .day, "2016-10-22", "2016-10-24", anchor: .by),
        P("The raid will happen this coming Saturday.", "this coming Saturday", "2016-10-15", .day, "2016-10-15", "2016-10-16"),
    ]

    static let relative: [TimeCase] = [
        P("He will arrive tomorrow.", "tomorrow", "2016-10-11", .day, "2016-10-11", "2016-10-12"),
        P("He arrived yesterday.", "yesterday", "2016-10-09", .day, "2016-10-09", "2016-10-10"),
        P("Officials said today that the road is open.", "today", "2016-10-10", .day, "2016-10-10", "2016-10-11"),
        P("They will attack tonight.", "tonight", "2016-10-10", .day, "2016-10-10T20", "2016-10-11T06", approx: true),
        P("The convoy will leave in two weeks.", "in two weeks", "2016-W43", .week, "2016-10-24", "2016-10-31"),
        P("The town fell two days ago.", "two days ago", "2016-10-08", .day, "2016-10-08", "2016-10-09"),
        P("Aid will arrive next month.", "next month", "2016-11", .month, "2016-11-01", "2016-12-01"),
        P("The city was retaken last year.", "last year", "2015", .year, "2015-01-01", "2016-01-01"),
        P("Elections are due this year.", "this year", "2016", .year, "2016-01-01", "2017-01-01"),
        P("Forces will withdraw within a week.", "within a week", "2016-10-10", .day, "2016-10-10", "2016-10-17"),
        P("The ceasefire will hold over the next 48 hours.", "over the next 48 hours", "2016-10-10T12", .hour,
          "2016-10-10T12", "2016-10-12T12"),
        P("Troops will deploy next week.", "next week", "2016-W42", .week, "2016-10-17", "2016-10-24"),
        P("The strike happened last week.", "last week", "2016-W40", .week, "2016-10-03", "2016-10-10"),
        P("The army will attack in three days.", "in three days", "2016-10-13", .day, "2016-10-13", "2016-10-14"),
        P("The bombing will resume in 3 hours.", "in 3 hours", "2016-10-10T15", .hour, "2016-10-10T15", "2016-10-10T16"),
        P("The offensive will start in six months.", "in six months", "2017-04", .month, "2017-04-01", "2017-05-01"),
        P("Reinforcements arrived three weeks ago.", "three weeks ago", "2016-W38", .week, "2016-09-19", "2016-09-26"),
        P("The operation will take place the day after tomorrow.", "the day after tomorrow", "2016-10-12", .day,
          "2016-10-12", "2016-10-13"),
        P("The deadline expires three days from now.", "three days from now", "2016-10-13", .day, "2016-10-13", "2016-10-14"),
        P("The truce expires in 30 minutes.", "in 30 minutes", "2016-10-10T12:30", .minute, "2016-10-10T12:30", "2016-10-10T12:31"),
        P("The base was built a decade ago, and the war began a year ago.", "a year ago", "2015", .year, "2015-01-01", "2016-01-01"),
        P("The militia will be disarmed within the next two weeks.", "within the next two weeks", "2016-10-10", .day,
          "2016-10-10", "2016-10-24"),
        P("Airstrikes killed 20 people over the past 24 hours.", "over the past 24 hours", "2016-10-09T12", .hour,
          "2016-10-09T12", "2016-10-10T13"),
        P("Aid will be delivered within 48 hours.", "within 48 hours", "2016-10-10T12", .hour, "2016-10-10T12", "2016-10-12T12"),
        P("The troops will stay for the next two months.", "for the next two months", "2016-10-10", .day, "2016-10-10", "2016-12-10"),
    ]

    static let parts: [TimeCase] = [
        P("The offensive is expected early next year.", "early next year", "2017", .year, "2017-01-01", "2017-05-01", approx: true),
        P("The operation will begin in mid-November.", "in mid-November", "2016-11", .month, "2016-11-11", "2016-11-21", approx: true),
        P("Troops will leave by the end of the month.", "by the end of the month", "2016-10", .month, "2016-10-21", "2016-11-01",
          approx: true, anchor: .by),
        P("Mosul will be freed by the end of the year.", "by the end of the year", "2016", .year, "2016-12-01", "2017-01-01",
          approx: true, anchor: .by),
        P("The pipeline will open in the first half of 2017.", "in the first half of 2017", "2017", .year, "2017-01-01", "2017-07-01"),
        P("Deliveries are planned in Q4.", "in Q4", "2016-Q4", .quarter, "2016-10-01", "2017-01-01"),
        P("Deliveries are planned in the fourth quarter.", "in the fourth quarter", "2016-Q4", .quarter, "2016-10-01", "2017-01-01"),
        P("The program ends in Q1 2017.", "in Q1 2017", "2017-Q1", .quarter, "2017-01-01", "2017-04-01"),
        P("The town was freed in early June.", "in early June", "2016-06", .month, "2016-06-01", "2016-06-11", approx: true),
        P("The vote will take place later this month.", "later this month", "2016-10", .month, "2016-10-10", "2016-11-01", approx: true),
        P("The army retook the town earlier this year.", "earlier this year", "2016", .year, "2016-01-01", "2016-10-11", approx: true),
        P("They will attack tomorrow morning.", "tomorrow morning", "2016-10-11", .day, "2016-10-11T06", "2016-10-11T12", approx: true),
        P("Forces will pull out in the second half of next year.", "in the second half of next year", "2017", .year,
          "2017-07-01", "2018-01-01"),
        P("The plan was drafted late last year.", "late last year", "2015", .year, "2015-09-01", "2016-01-01", approx: true),
        P("A decision is due at the end of next week.", "at the end of next week", "2016-W42", .week, "2016-10-21", "2016-10-24",
          approx: true),
        P("Talks resume at the beginning of next month.", "at the beginning of next month", "2016-11", .month, "2016-11-01",
          "2016-11-11", approx: true),
        P("The base will be ready by mid-2017.", "by mid-2017", "2017", .year, "2017-05-01", "2017-09-01", approx: true, anchor: .by),
        P("Fighting will intensify in late 2016.", "in late 2016", "2016", .year, "2016-09-01", "2017-01-01", approx: true),
        P("The vote will be held at the end of October.", "at the end of October", "2016-10", .month, "2016-10-21", "2016-11-01",
          approx: true),
        P("The convoy will move in the middle of next week.", "in the middle of next week", "2016-W42", .week, "2016-10-19",
          "2016-10-22", approx: true),
        P("The drone struck early Tuesday.", "early Tuesday", "2016-10-04", .day, "2016-10-04", "2016-10-04T06", approx: true),
        P("Exports will fall in the last quarter of 2017.", "in the last quarter of 2017", "2017-Q4", .quarter, "2017-10-01", "2018-01-01"),
        P("The troops arrived in the third quarter.", "in the third quarter", "2016-Q3", .quarter, "2016-07-01", "2016-10-01"),
        P("The talks will resume in the middle of the month.", "in the middle of the month", "2016-10", .month, "2016-10-11",
          "2016-10-21", approx: true),
    ]

    static let fuzzy: [TimeCase] = [
        P("An attack is expected in the coming days.", "in the coming days", "2016-10-10", .day, "2016-10-10", "2016-10-17", approx: true),
        P("An attack is expected in the coming weeks.", "in the coming weeks", "2016-10-10", .day, "2016-10-10", "2016-11-21", approx: true),
        P("The army will storm the town within hours.", "within hours", "2016-10-10T12", .hour, "2016-10-10T12", "2016-10-10T18", approx: true),
        P("Talks will start in the next few days.", "in the next few days", "2016-10-10", .day, "2016-10-10", "2016-10-17", approx: true),
        P("The offensive will start soon.", "soon", "2016-10-10", .day, "2016-10-10", "2016-10-24", approx: true),
        P("The offensive will start imminently.", "imminently", "2016-10-10", .day, "2016-10-10", "2016-10-13", approx: true),
        P("More troops will arrive in the coming months.", "in the coming months", "2016-10", .month, "2016-10-10", "2017-04-10",
          approx: true),
        P("The town could fall within days.", "within days", "2016-10-10", .day, "2016-10-10", "2016-10-17", approx: true),
        P("Clashes are expected in the coming hours.", "in the coming hours", "2016-10-10T12", .hour, "2016-10-10T12",
          "2016-10-10T18", approx: true),
        P("The attack could come any day now.", "any day now", "2016-10-10", .day, "2016-10-10", "2016-10-13", approx: true),
        P("Talks will resume in the days ahead.", "in the days ahead", "2016-10-10", .day, "2016-10-10", "2016-10-17", approx: true),
        P("Aid will arrive within a few hours.", "within a few hours", "2016-10-10T12", .hour, "2016-10-10T12", "2016-10-10T18",
          approx: true),
        P("The assault will begin in a few days.", "in a few days", "2016-10-10", .day, "2016-10-10", "2016-10-17", approx: true),
        P("The government will fall within weeks.", "within weeks", "2016-10-10", .day, "2016-10-10", "2016-11-21", approx: true),
        P("Shortly, the army will advance.", "Shortly", "2016-10-10", .day, "2016-10-10", "2016-10-24", approx: true),
    ]

    static let clock: [TimeCase] = [
        P("The attack began at 5 a.m. local time.", "at 5 a.m. local time", "2016-10-10T05", .hour, "2016-10-10T05", "2016-10-10T06"),
        P("The attack will begin at 5 a.m. local time.", "at 5 a.m. local time", "2016-10-11T05", .hour, "2016-10-11T05",
          "2016-10-11T06"),
        P("The truce starts at 15:00 GMT on Wednesday.", "at 15:00 GMT on Wednesday", "2016-10-12T15:00", .minute,
          "2016-10-12T15:00", "2016-10-12T15:01"),
        P("The convoy will leave at noon.", "at noon", "2016-10-10T12", .hour, "2016-10-10T12", "2016-10-10T13"),
        P("Forces will move at dawn.", "at dawn", "2016-10-11", .day, "2016-10-11T04", "2016-10-11T07", approx: true),
        P("Shelling started at 1500 GMT.", "at 1500 GMT", "2016-10-09T15:00", .minute, "2016-10-09T15:00", "2016-10-09T15:01"),
        P("The curfew begins at 10 p.m.", "at 10 p.m.", "2016-10-10T22", .hour, "2016-10-10T22", "2016-10-10T23"),
        P("The talks will start at 15:00 GMT tomorrow.", "at 15:00 GMT tomorrow", "2017-01-03T18:00", .minute,
          "2017-01-03T18:00", "2017-01-03T18:01", ref: .moscow),
        P("The vote closes at 5:30 pm tomorrow.", "at 5:30 pm tomorrow", "2016-10-11T17:30", .minute, "2016-10-11T17:30",
          "2016-10-11T17:31"),
        P("The ceasefire ends at midnight on Christmas Eve.", "at midnight on Christmas Eve", "2016-12-25T00", .hour,
          "2016-12-25T00", "2016-12-25T01"),
        P("The strike hit at 3am.", "at 3am", "2016-10-10T03", .hour, "2016-10-10T03", "2016-10-10T04"),
        P("Troops will cross the river on October 19 at 6 a.m.", "on October 19 at 6 a.m.", "2016-10-19T06", .hour,
          "2016-10-19T06", "2016-10-19T07"),
        P("The bombing began in the morning.", "in the morning", "2016-10-10", .day, "2016-10-10T06", "2016-10-10T12", approx: true),
        P("Rockets fell overnight.", "overnight", "2016-10-09", .day, "2016-10-09T20", "2016-10-10T06", approx: true),
        P("Voting starts at 07:00 Moscow time.", "at 07:00 Moscow time", "2016-10-10T04:00", .minute, "2016-10-10T04:00",
          "2016-10-10T04:01"),
        P("The strike happened this morning.", "this morning", "2016-10-10", .day, "2016-10-10T06", "2016-10-10T12", approx: true),
        P("Clashes broke out last night.", "last night", "2016-10-09", .day, "2016-10-09T20", "2016-10-10T06", approx: true),
        P("The deadline is 18:00 GMT.", "18:00 GMT", "2016-10-10T18:00", .minute, "2016-10-10T18:00", "2016-10-10T18:01"),
    ]

    static let ranges: [TimeCase] = [
        P("The talks are set for between October 17 and 19.", "between October 17 and 19", "2016-10-17", .day, "2016-10-17",
          "2016-10-20"),
        P("Exercises will run from October 17 to November 2.", "from October 17 to November 2", "2016-10-17", .day, "2016-10-17",
          "2016-11-03"),
        P("The plan covers operations between 2016 and 2018.", "between 2016 and 2018", "2016", .year, "2016-01-01", "2019-01-01"),
        P("The border will close from Friday to Sunday.", "from Friday to Sunday", "2016-10-14", .day, "2016-10-14", "2016-10-17"),
        P("The fighting lasted from June to August.", "from June to August", "2016-06", .month, "2016-06-01", "2016-09-01"),
    ]

    static let holidays: [TimeCase] = [
        P("Forces will advance before Ramadan.", "before Ramadan", "2017-05-27", .day, "2017-05-27", "2017-06-26", approx: true, anchor: .by),
        P("The city must fall by winter.", "by winter", "2016-12", .month, "2016-12-01", "2017-03-01", approx: true, anchor: .by),
        P("Fighting intensified this summer.", "this summer", "2016-06", .month, "2016-06-01", "2016-09-01", approx: true),
        P("They want to take the town before winter.", "before winter", "2016-12", .month, "2016-12-01", "2017-03-01", approx: true,
          anchor: .by),
        P("The hostages will be home on Christmas Day.", "on Christmas Day", "2016-12-25", .day, "2016-12-25", "2016-12-26"),
        P("The offensive will resume after New Year.", "after New Year", "2017-01-01", .day, "2017-01-01", "2017-01-02", anchor: .after),
        P("Kurdish forces hope to return before Nowruz.", "before Nowruz", "2017-03-21", .day, "2017-03-21", "2017-03-22",
          approx: true, anchor: .by),
        P("Fighting will pause for Eid al-Fitr.", "for Eid al-Fitr", "2019-06-05", .day, "2019-06-05", "2019-06-08", approx: true,
          ref: .spring2019),
        P("Forces will advance before Ramadan.", "before Ramadan", "2019-05-06", .day, "2019-05-06", "2019-06-05", approx: true,
          anchor: .by, ref: .spring2019),
        P("The town was shelled during Ramadan.", "during Ramadan", "2018-05-16", .day, "2018-05-16", "2018-06-15", approx: true,
          ref: .spring2019),
        P("Troops will be withdrawn by spring.", "by spring", "2016-03", .month, "2016-03-01", "2016-06-01", approx: true, anchor: .by,
          ref: .leap),
        P("The offensive resumed last summer.", "last summer", "2016-06", .month, "2016-06-01", "2016-09-01", approx: true),
        P("The offensive will resume next spring.", "next spring", "2017-03", .month, "2017-03-01", "2017-06-01", approx: true),
        P("A truce is planned for Eid al-Adha.", "for Eid al-Adha", "2017-09-02", .day, "2017-09-02", "2017-09-06", approx: true),
        P("Both sides agreed to a truce over Easter.", "over Easter", "2016-03-27", .day, "2016-03-27", "2016-03-28"),
        P("Troops will stay until the summer of 2017.", "until the summer of 2017", "2017-06", .month, "2017-06-01", "2017-09-01",
          approx: true, anchor: .by),
    ]

    static let boundaries: [TimeCase] = [
        P("Troops will deploy next week.", "next week", "2017-W01", .week, "2017-01-02", "2017-01-09", ref: .yearEnd),
        P("The talks take place this week.", "this week", "2016-W52", .week, "2016-12-26", "2017-01-02", ref: .yearEnd),
        P("Aid will arrive next month.", "next month", "2017-01", .month, "2017-01-01", "2017-02-01", ref: .yearEnd),
        P("The assault will start on January 5.", "on January 5", "2017-01-05", .day, "2017-01-05", "2017-01-06", ref: .yearEnd),
        P("He will arrive tomorrow.", "tomorrow", "2016-12-31", .day, "2016-12-31", "2017-01-01", ref: .yearEnd),
        P("The convoy will leave in two days.", "in two days", "2017-01-01", .day, "2017-01-01", "2017-01-02", ref: .yearEnd),
        P("Elections will be held next year.", "next year", "2017", .year, "2017-01-01", "2018-01-01", ref: .yearEnd),
        P("Deliveries will start in the first quarter.", "in the first quarter", "2017-Q1", .quarter, "2017-01-01", "2017-04-01",
          ref: .yearEnd),
        P("The assault will start on Monday.", "on Monday", "2017-01-02", .day, "2017-01-02", "2017-01-03", ref: .yearEnd),
        P("A decision will come by the end of the week.", "by the end of the week", "2016-W52", .week, "2016-12-30", "2017-01-02",
          approx: true, anchor: .by, ref: .yearEnd),
        P("Fighting resumed on January 5.", "on January 5", "2016-01-05", .day, "2016-01-05", "2016-01-06", ref: .yearEnd),
        P("The fighting will stop on New Year's Eve.", "on New Year's Eve", "2016-12-31", .day, "2016-12-31", "2017-01-01", ref: .yearEnd),
        P("The operation will resume next Tuesday.", "next Tuesday", "2017-01-03", .day, "2017-01-03", "2017-01-04", ref: .yearEnd),
        P("The war will end in two weeks.", "in two weeks", "2017-W02", .week, "2017-01-09", "2017-01-16", ref: .yearEnd),
        P("The talks collapsed on February 29.", "on February 29", "2016-02-29", .day, "2016-02-29", "2016-03-01", ref: .leap,
          tense: .future),
        P("The convoy will arrive in two days.", "in two days", "2016-02-29", .day, "2016-02-29", "2016-03-01", ref: .leap),
        P("They will withdraw by the end of the month.", "by the end of the month", "2016-02", .month, "2016-02-21", "2016-03-01",
          approx: true, anchor: .by, ref: .leap),
        P("Talks are planned this weekend.", "this weekend", "2016-02-27", .day, "2016-02-27", "2016-02-29", ref: .leap),
        P("The deal will be signed in a month.", "in a month", "2016-03", .month, "2016-03-01", "2016-04-01", ref: .leap),
        P("Rebels attacked last Friday.", "last Friday", "2016-02-26", .day, "2016-02-26", "2016-02-27", ref: .leap),
        P("They will meet on the 30th.", "on the 30th", "2016-03-30", .day, "2016-03-30", "2016-03-31", ref: .leap),
        P("He will arrive tomorrow.", "tomorrow", "2017-01-03", .day, "2017-01-03", "2017-01-04", ref: .moscow),
        P("The army will storm the town within hours.", "within hours", "2017-01-02T08", .hour, "2017-01-02T08", "2017-01-02T14",
          approx: true, ref: .moscow),
        P("Talks open on January 19.", "on January 19", "2017-01-19", .day, "2017-01-19", "2017-01-20", ref: .moscow),
        P("The city was retaken last year.", "last year", "2016", .year, "2016-01-01", "2017-01-01", ref: .moscow),
        P("The talks take place this week.", "this week", "2017-W01", .week, "2017-01-02", "2017-01-09", ref: .moscow),
        P("The attack will begin at 5 a.m.", "at 5 a.m.", "2017-01-03T05", .hour, "2017-01-03T05", "2017-01-03T06", ref: .moscow),
        P("Clashes erupted in December.", "in December", "2016-12", .month, "2016-12-01", "2017-01-01", ref: .moscow),
        P("Talks will resume in December.", "in December", "2017-12", .month, "2017-12-01", "2018-01-01", ref: .moscow),
        P("The drone struck at 05:30 UTC.", "at 05:30 UTC", "2017-01-02T08:30", .minute, "2017-01-02T08:30", "2017-01-02T08:31",
          ref: .moscow),
        P("Aid will be delivered within a week.", "within a week", "2017-01-02", .day, "2017-01-02", "2017-01-09", ref: .moscow),
    ]

    static let nonPoints: [TimeCase] = [
        K("The siege will continue for three months.", "for three months", .duration),
        K("Residents endured a three-month siege.", "three-month", .duration),
        K("The war has gone on for more than five years.", "for more than five years", .duration),
        K("The town has been encircled for weeks.", "for weeks", .duration),
        K("The siege lasted 48 hours.", "48 hours", .duration),
        K("Both sides agreed a 10-day truce.", "10-day", .duration),
        K("The siege lasted two and a half years.", "two and a half years", .duration),
        K("The militants have held the town since October.", "since October", .since),
        K("Prices have doubled since last year.", "since last year", .since),
        K("The border has been closed since March 2015.", "since March 2015", .since),
        K("Jets bomb the area every Friday.", "every Friday", .recurring),
        K("Aircraft fly daily over the city.", "daily", .recurring),
        K("Convoys leave every two weeks.", "every two weeks", .recurring),
        K("Protests are held on Fridays.", "on Fridays", .recurring),
        K("Patrols go out each night.", "each night", .recurring),
    ]

    static let negatives: [TimeTextsCase] = [
        TimeTextsCase(sentence: "Theresa May met Iraqi leaders.", texts: []),
        TimeTextsCase(sentence: "Thousands of troops march toward Mosul.", texts: []),
        TimeTextsCase(sentence: "More than 9,000 Daesh fighters were redeployed from Mosul.", texts: []),
        TimeTextsCase(sentence: "The 1990s saw heavy fighting.", texts: []),
        TimeTextsCase(sentence: "The 5th Brigade and the 19th Division advanced.", texts: []),
        TimeTextsCase(sentence: "The army has 2016 tanks.", texts: []),
        TimeTextsCase(sentence: "March on Mosul begins.", texts: []),
        TimeTextsCase(sentence: "The fall of Mosul shocked the world.", texts: []),
        TimeTextsCase(sentence: "The Arab Spring began in 2011.", texts: ["in 2011"]),
        TimeTextsCase(sentence: "He said he may visit in May.", texts: ["in May"]),
        TimeTextsCase(sentence: "Some 3,000 soldiers and 200 vehicles took part.", texts: []),
        TimeTextsCase(sentence: "The report dated 05/06/2016 was leaked.", texts: []),
        TimeTextsCase(sentence: "They must act as soon as possible.", texts: []),
        TimeTextsCase(sentence: "The operation is a matter of time.", texts: []),
        TimeTextsCase(sentence: "Iraq's 16th Division will lead.", texts: []),
        TimeTextsCase(sentence: "He spoke on the second day of talks.", texts: []),
        TimeTextsCase(sentence: "At least 12 people died and 40 were hurt in the blast.", texts: []),
        TimeTextsCase(sentence: "August Bebel was a German politician.", texts: []),
    ]

    @Test(arguments: seeds) func seed(_ row: TimeCase) { check(row) }
    @Test(arguments: absoluteDates) func absoluteDate(_ row: TimeCase) { check(row) }
    @Test(arguments: weekdays) func weekday(_ row: TimeCase) { check(row) }
    @Test(arguments: relative) func relativeTime(_ row: TimeCase) { check(row) }
    @Test(arguments: parts) func partOfPeriod(_ row: TimeCase) { check(row) }
    @Test(arguments: fuzzy) func fuzzyHorizon(_ row: TimeCase) { check(row) }
    @Test(arguments: clock) func timeOfDay(_ row: TimeCase) { check(row) }
    @Test(arguments: ranges) func range(_ row: TimeCase) { check(row) }
    @Test(arguments: holidays) func holidayAndSeason(_ row: TimeCase) { check(row) }
    @Test(arguments: boundaries) func referenceBoundary(_ row: TimeCase) { check(row) }
    @Test(arguments: nonPoints) func durationSinceRecurring(_ row: TimeCase) { check(row) }

    @Test(arguments: negatives) func negative(_ row: TimeTextsCase) {
        #expect(tagTexts(row.sentence) == row.texts)
    }

    @Test func countsAtLeast150Cases() {
        let total = Self.seeds.count + Self.absoluteDates.count + Self.weekdays.count + Self.relative.count + Self.parts.count
            + Self.fuzzy.count + Self.clock.count + Self.ranges.count + Self.holidays.count + Self.boundaries.count
            + Self.nonPoints.count + Self.negatives.count
        #expect(total >= 150)
    }
}
