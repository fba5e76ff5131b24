"""The tracker keeps numbers of climate plans and drops the country profile around them (own sentences)."""

from __future__ import annotations

import pytest

from extract import impacts, scope, worldstats
from tests.test_extractor import rows


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, 18.4% of the population lived below the poverty line.",
        # a society's standing on an index or score
        "According to the ND-GAIN Index (2022), the country ranks 81st, with a vulnerability score of 0.402.",
        "The gender inequality index in 2019 is 0.52 and 0.81 in rural areas.",
        "Services contributed 54% of the country's GDP in 2022.",
        "The 2019 cyclone caused damages of USD 1.2 billion and displaced 90,000 people.",
        "Mean temperatures could rise by 1.8°C to 2.4°C by 2050 in the northern provinces.",
        "The country spans four biomes - the savanna (61.5%), the steppe (20.2%) and the highlands (18.3%).",
        "Nearly a fifth (19.4%) of the population lived in extreme poverty in 2021.",
        "In 2021, cocoa accounted for 38% of the country's trade value.",
        "The republic has a total land area of 112,620 km2.",
        # the economy's output and the state of nature, recorded or projected
        "In 2022, 41 million tons of coal were extracted, of which 33.5 million tons went abroad.",
        "Quarrying accounted for 12.4% of the total industrial production in 2021.",
        "In 2022 the outputs were 18.2 thousand tons of meat and 95 million liters of milk.",
        "In 2021, 26% of the assessed fauna were endangered.",
        "Between 1980 and 2020 the permafrost area declined by 21.5%.",
        "The semi-arid area is expected to increase by 4.2% by 2040.",
        "The islands lie in a zone that is expected to receive 20-35% less average annual rainfall by 2080.",
        "Dropout rates exceed 12% in some grades, and repetition rates are around 17%.",
        "Tourism contributed 3.1% of national output in 2023.",
        # money that measures a loss or damage the climate causes, recorded or projected
        "Studies project an annual loss of 0.8 to 1.5 thousand million USD per year until 2040 from coastal flooding.",
        "The cost of these floods was estimated at 412 million USD in 2019.",
        "Crops have faced significant damages amounting to 2.1 billion USD annually from 2020 to 2035.",
        "In 2021 the energy sector saw Typhoon Odette alone destroyed USD 41.7 million worth of infrastructure.",
        # (the loss named far before its amount: "The direct and indirect losses of the oil and gas sector, from the
        # beginning of the crisis until March 2017 were estimated by 48 billion USD")
        "This NDC was submitted in 2019. The mining sector has been affected by the crisis. The direct and indirect "
        "losses of the copper and zinc sector, from the beginning of the crisis until March 2017 were estimated by 41 "
        "billion USD, and the damage to the rail network reaches 2 billion USD.",
        # the science's pathways named by what they limit, and the economy's projected growth
        "This NDC was submitted in 2020. Under pathways that limit global warming to 1.5°C, net global CO2 emissions "
        "decline by about 45% from 2010 levels by 2030.",
        "This NDC was submitted in 2020. According to the Central Bank, the economy was projected to grow by 3.9% in "
        "2019 with the assumption that forestry will recover.",
        # a speed is no length, and a gas set equal to its warming potential no emissions
        "In 2019 a cyclone hit the coast with winds of 180 km/h.",
        "The inventory used these potentials from the 2006 guidelines: CH4 = 25 CO2eq.",
        # a resource potential is neither a goal nor a record
        "Carbon-free options include geothermal (with a potential of 650 MW) and solar.",
        "The Government has identified a total of 10215MW in potential solar projects.",
        "Hydro potential is estimated in Ruritania at over 14 GW, including 6.5 and 2.2 GW of small and mini potential",
        # the growth of the economy or population right before the number is its subject, whatever the sentence says
        "Energy demand follows its drivers: between 2005 and 2020 population growth reached 2.7% a year.",
        "In 2019 the emissions outlook rested on a GDP per capita growth rate of 4.1% annually.",
        # a share of the economy measures the economy, even when its subject is an energy industry
        "In 2022 the mining and power sectors made up 31% of GDP and 74% of the nation's exports.",
        # later items of a list share the whole its first item names
        "Yearly flood losses, with no adaptation, reach 1.2% of GDP in 2020, 2.5% in 2050 and 3.9% in 2090.",
        # growth with an auxiliary, and inflation, right before the number
        "In 2023 real GDP will have grown by about 2.2%, helped by more power output, with inflation of 9.5%.",
        # urbanisation, recorded extreme events, participation by gender
        "The urbanisation rate rose from 31% in 1990 to 58.4% in 2020.",
        "Of the extreme weather events recorded in 2019, floods made up 35% and storms 22%.",
        # who took part: counts of participants, shares of women (a climate word elsewhere does not keep them)
        "The national consultation in 2022 gathered 800 participants, 45% of them women.",
        "In 2021 the solar training reached 1,200 farmers (38% women).",
        "By 2030, 60% of the trainees in the energy efficiency programme will be women.",
        # a commodity named in the country's trade or economy is the profile, not energy policy
        "In 2021, out of US$ 17 billion of trade, cocoa accounted for 41%, followed by crude oil (24%) and gold (9%).",
        "In 2016, the oil share of GDP was 42%, while non-oil sources accounted for 58%.",
        # what share of the emissions a goal or an inventory covers is its scope, not a value
        "The absolute mitigation goal covers an average of 91% of the sources and removals of greenhouse gases.",
        "Ruritania intends to account for 100 percent of its greenhouse gas emissions and removals for 2010.",
        "In 2021 the plan set out sector measures covering an estimated 80% of emissions from energy and transport.",
        # projected hydrological impacts
        "Groundwater recharge is projected to fall by up to 30% by 2080.",
        "River runoff is expected to decrease by 10-20% in most basins by 2070.",
        # national accounts and social statistics, in the words national circumstances use for them
        "Growth in 2022 came from household final consumption expenditure (8.1%) and gross capital formation (2.9%).",
        "The adult illiteracy rate fell from 9.4% in 2008 to 5.2% in 2021.",
        "Underemployment rose from 14.8% in 2018 to 19.9% in 2021.",
        "In 2021 the Gini coefficient stood at 0.412, against 0.463 in 2009.",
        "Revenues of the general state budget fell by 18% in 2020.",
        "In 2023 the number of households grew by 41,200 to a total of 2.9 million.",
        # projected climate phenomena
        "La Niña episodes are projected to occur on about 6% of the days between 2030 and 2060.",
        "Days above 38°C and wildfires are projected to double by 2070.",
        "Climate models show a rise in annual rainfall of between 8 and 11% by 2050 in the highlands.",
        "Precipitation will rise by about 7% by 2070, while the dry season lengthens.",
        # what warming will do to harvests, work and coasts
        "Warming will cause a drop of 11 to 16% in grain yields of upland rice by 2050.",
        "By 2050 higher temperatures should lead to a 12% fall in yields of most rainfed crops.",
        "Labour productivity is expected to decline by about 4% by 2040 because of heat stress.",
        "By 2070, up to 35% of the atoll's land could become inundated.",
        # what disasters and warming took
        "During the 2019 floods, the country lost KES 14 billion in the farming sector.",
        "Since 1975, the highland glaciers have lost over 40 percent of their area.",
        # "purchasing power" is no power sector
        "In 2019 GDP per capita at purchasing power parity was US$14,300, and 9.4% of the population were poor.",
        # a fragile state's circumstances: conflict, remittances, the budget deficit, arable land
        "Before 2015, 60-70% of rural conflicts were over land, and in 2021 remittances reached US$ 4.2 billion.",
        "In 2022 the fiscal deficit widened to 5.5% of GDP, and only 7% of the land was arable.",
        # a sector's share of the economy, whatever climate word the sentence holds: "(6.9%)" after "GDP", "of jobs"
        "In 2018 road transport made a contribution to the GDP (5.8%) and accounted for 12% of the employment.",
        # a price of money, whatever the loans pay for
        "Since 2021 the programme for energy-efficient homes has offered interest subsidies of 12 percent.",
        "By 2030 the Government will subsidize loan interest rates for solar heaters up to 15 percent.",
        # the growth of the economy and the population over a period, in brackets after them
        "Emissions fell despite growth in gross domestic product (2000-2021: +54 percent) and population"
        " (2000-2021: +17 percent).",
        # the share of the country a landform takes, whatever must be done about its nature
        "Deserts comprise about 55% of the area of the country, and its wildlife must be protected by 2030.",
        # what the climate "would" do is a projected impact, as what it could do
        "The maximum July temperature would reach 32.5 °C in 2050, and days above it would be 40% of the month.",
        # the size of the herd and its change are the profile (a share of the herd a practice reaches is a goal)
        "In 2020 the cattle population was 1.2 million heads, 31% below its level of 1990.",
    ],
)
def test_country_profile_and_projected_impacts_are_not_emitted(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 2021, energy accounted for 61% of national greenhouse gas emissions.", "61"),
        ("The country will mobilise USD 3.1 billion for adaptation by 2030.", "3.1"),
        # "economy" in a strategy's name: the plan's cost, no profile figure
        ("The Green Economy Strategy requires an expenditure of USD 84 billion by 2030.", "84"),
        ("About 7% of wetland habitat was lost between 2000 and 2020.", "7"),
        ("Forests covered 44% of the national territory in 2020.", "44"),
        # a plan's money next to a profile word in another clause is kept
        ("Investments of USD 12 billion are needed by 2035, with up to 80,000 jobs created.", "12"),
        # adaptation services for the population: water, sanitation, early warning
        ("By 2030, 95% of the rural population will have access to safe drinking water.", "95"),
        ("Early warning will reach 80% of people in flood-prone districts by 2030.", "80"),
        ("Transmission and distribution losses will fall to 9% by 2030.", "9"),  # grid losses, not a disaster's
        ("Adaptation measures are costed at 0.4% of GDP per year until 2030.", "0.4"),  # the plan's money
        ("Adaptation is costed at 0.4% of GDP in 2030 and 0.7% in 2050.", "0.7"),  # a list of the plan's money
        # a budget line for climate action, families as beneficiaries, and the country's own share of the world's
        ("In 2021 the national budget allocation for the climate fund was $ 14.2 million.", "0.0142"),
        ("By 2030, 35,000 ha of family woodlots will be planted.", "0.035"),
        ("Ruritania contributed 0.05% of global emissions in 2019.", "0.05"),
        # the plan's money for loss and damage, or for the answer to a loss named before it
        (
            "The cost of Ruritania's adaptation targets is estimated to be USD 310,000,000 and loss and damage targets"
            " are estimated to cost USD 95,500,000.",
            "0.0955",
        ),
        ("A 2.5% GDP loss by 2050 is expected, demanding adaptation investments of USD 4.2 billion by 2030.", "4.2"),
        # an impact word moved by the plan's measure is the plan's
        ("Irrigation will increase groundwater recharge by 15% by 2030.", "15"),
        # losses of a network are energy efficiency, not a disaster's losses
        ("In 2024 the acceptable gas losses were set at 4.2 percent of the gas supplied.", "4.2"),
        ("The utility will reduce by 30% the unbilled water losses of the capital by 2030.", "30"),  # a water network's
        ("Non-revenue water will fall to 25% by 2030.", "25"),
        # an agriculture goal's losses, not a disaster's (a crop's value lost to drought stays out: test below)
        ("Ruritania will cut post-harvest losses of cereals to 5% by 2030.", "5"),
        ("Food losses along the supply chain will be halved to 9% by 2035.", "9"),
        # households as a source of emissions: a share of the inventory
        ("In 2012 emissions came from the households of the population (21.4%) and from transport.", "21.4"),
        # household energy for the population: what people cook with
        ("Raise the share of the population using biogas to 9% in 2030 in rural districts.", "9"),
        ("Raise the share of the population using LPG to 40% in towns by 2030.", "40"),
        # a herd's population is no people's: a farming goal
        ("Promote zero-grazing units to cover 20% of the dairy herd population by 2030.", "20"),
        ("Move 12% of the livestock population to paddock systems by 2035.", "12"),
        # a share of the country a forest or a protected area covers is the plan's (a landform's is the profile)
        ("Forests cover 30% of the area of the country in 2020.", "30"),
        ("Protected areas will cover 17% of the country's area by 2030.", "17"),
    ],
)
def test_numbers_about_climate_policy_are_kept(text: str, value: str) -> None:
    assert value in [r["value"] for r in rows(text)]


def test_a_global_average_quoted_for_comparison_is_dropped_and_the_countrys_value_kept() -> None:
    text = "Per capita emissions were 1.1 tCO2e in 2020, far below the global average of 6.4 tCO2e per capita."
    assert [r["value"] for r in rows(text)] == ["1.1"]


@pytest.mark.parametrize(
    "comparison",
    [
        "In 2016 the average emissions per capita worldwide was 7 tonnes of CO2 equivalent.",
        "This is well below the average of Small Island Developing States of 3.5 tonnes of CO2 equivalent in 2016.",
    ],
)
def test_an_average_said_the_other_way_round_is_the_worlds_or_the_groups(comparison: str) -> None:
    text = "In 2016, Ruritania's emissions per capita were 2.2 tonnes of CO2 equivalent. " + comparison
    assert [r["value_raw"] for r in rows(text)] == ["2.2 tonnes of CO2 equivalent"]


def test_a_cut_of_the_worlds_emissions_is_a_global_pledges_goal_not_the_countrys() -> None:
    text = (
        "As a member of the Global Methane Pledge, Ruritania will work with other members to reduce global methane "
        "emissions by 30% by 2030, and will cut its own methane emissions by 12% by 2030."
    )
    assert [r["value"] for r in rows(text)] == ["12"]
    # the country's share of the world's emissions stays its own value
    assert [r["value"] for r in rows("In 2019 Ruritania emitted 0.3% of global emissions.")] == ["0.3"]
    # the world's change named after the number: "while emissions have risen by over 50% worldwide"
    text = "Ruritania cut net emissions to 64.2% below 1990 levels in 2021, while emissions rose by 45% worldwide."
    assert [r["value"] for r in rows(text)] == ["64.2"]
    # the world's emissions after the cut: "halving global emissions by 2050"
    text = "The plan is consistent with at least halving global emissions by 2050, and Ruritania will cut 40% by 2035."
    assert [r["value"] for r in rows(text)] == ["40"]
    # both ends of a range of the world's cut: "reduce global emissions by 45-65%"
    text = "The plan agrees with the science's advice to reduce global emissions by 45-65% from 2010 levels by 2050."
    assert rows(text) == []
    # a central value with its range bracketed after it, as the science reports pathways: "a reduction in global net
    # anthropogenic GHG emissions of around 43% (38-57% interquartile range) by 2030"; and the world's average
    text = (
        "The plan was adopted in 2020. Such pathways show a reduction in global net anthropogenic CO2 emissions of "
        "around 43% (38-57% interquartile range) by 2030 compared with 2010 levels. Ruritania emitted 2.9 tCO2e per "
        "capita in 2019, below the average global emission of 4.6 tons per capita."
    )
    assert [r["value"] for r in rows(text)] == ["2.9"]
    # a list of the world's cuts by deadline, each after the one before: "global greenhouse gases would have to be
    # reduced by 41 percent by 2030, 58 percent by 2035 and 80 percent by 2050"
    text = (
        "In such pathways, global greenhouse gases would have to be reduced by 41 percent by 2030, 58 percent by 2035 "
        "and 80 percent by 2050 compared to 2019 levels. Ruritania will cut its emissions by 35% by 2035."
    )
    assert [r["value"] for r in rows(text)] == ["35"]
    # the world's cut named as a noun: "contributing to the global reduction of HFC consumption by 80-85%"
    text = (
        "Ruritania will ratify the Kigali Amendment, contributing to the global reduction of HFC production and "
        "consumption by 75–80% by the late 2040s. Ruritania will cut HFC imports by 30% by 2035."
    )
    assert [r["value"] for r in rows(text)] == ["30"]


def test_the_worlds_total_as_the_subject_is_context_and_the_countrys_own_total_stays() -> None:
    text = (
        "In 2019 Ruritania emitted 12.1 MtCO2e. Global emissions for 2019, according to the Emissions Gap Report, "
        "were 52,400 MtCO2e, and world emissions per person reached 6.8 tCO2e per capita."
    )
    assert [r["value"] for r in rows(text)] == ["12.1"]
    # the country's contribution to global emissions, a translated "émissions globales" (its total): its own
    text = "In 2014, Ruritania's contribution to global GHG emissions was 3.2 MtCO2e."
    assert [r["value"] for r in rows(text)] == ["3.2"]
    assert [r["value"] for r in rows("In 2010, global emissions stood at 16,752 Gg of CO2 equivalent.")] == ["16.752"]
    # more than any country emits in a year: the world's budget or its cumulative emissions, whatever the words
    text = "In 2019 Ruritania emitted 12.1 MtCO2e. The IPCC finds a remaining budget of 400 gigatonnes of CO2."
    assert [r["value"] for r in rows(text)] == ["12.1"]
    text = "Over 1990-2035 the plan may give Ruritania a cumulative reduction of more than 41.5 billion tons CO2e."
    assert [r["value"] for r in rows(text)] == ["41500"]  # the country's sum over decades
    # a note that labels the world's total it cites
    text = "In 2019 Ruritania emitted 12.1 MtCO2e.\n\nGlobal emissions: 49,800 MtCO2eq. (2019). Source: a UN report."
    assert [r["value"] for r in rows(text)] == ["12.1"]
    # a subscript set apart by a wrapped line is still CO2
    text = "Ruritania's strategy sets an intensity target of 2.07 t CO ₂ eq. per capita by 2050."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("2.07", "t CO2e per capita")]

def test_a_gases_global_warming_potential_is_no_value_of_the_plan() -> None:
    text = "Nitrous oxide, with a global warming potential 265-298 times that of CO2, will be cut by 15% by 2035."
    assert [r["value"] for r in rows(text)] == ["15"]
    text = "SF6 has a GWP100 of 23,500; the utility will replace 40% of it by 2030."
    assert [r["value"] for r in rows(text)] == ["40"]
    # the potential named as an aside leaves the clause's share alone; a peak capacity (GWp) is no potential
    text = "Methane, a gas with a high global warming potential, made up 11% of national emissions in 2019."
    assert [r["value"] for r in rows(text)] == ["11"]
    assert [r["value"] for r in rows("In 2023 solar capacity reached 2.4 GWp.")] == ["2.4"]
    # "GWP" in capitals is the potential, not a gigawatt-peak after a year
    assert rows("The inventory follows the IPCC rules, by which from 2013 GWP of CH4 is 25 and not 21.") == []


def test_a_share_of_women_is_dropped_and_the_sentences_other_numbers_kept() -> None:
    text = "By 2030, 12,000 hectares will be restored, with 25% of women farmers trained."
    assert [(r["value"], r["unit"]) for r in rows(text)] == [("0.012", "Mha")]


@pytest.mark.parametrize(
    "text",
    [
        "By 2028, ensure at least 35% representation of women on the district climate boards.",
        "By 2031, have 25% of youth taking part in the national climate dialogues.",
        "Secure a 45% increase in women and youth participation in the planting campaigns by 2029.",
        "Raise youth representation to at least 40% of the local adaptation committees by 2030.",
        "Percentage of women on the water boards, growing to 35% in 2027.",
        "By 2030, 15-25% of women in the villages will lead the water committees.",
        "Target: 5-15% females to be involved in the design of the flood maps by 2028.",
    ],
)
def test_who_takes_part_by_group_is_no_indicator(text: str) -> None:
    """Shares of women or youth in decision-making or participation measure who takes part (the dev-set conventions
    leave them out), named after the share or before it in its clause, whatever climate words the sentence holds."""
    assert rows(text) == []


def test_a_change_of_prices_is_the_economy_whatever_the_goods() -> None:
    """ "fuel prices—exceeding 180%": how much prices changed is the country profile, though "fuel" is a policy
    word; the sentence's other numbers are kept."""
    text = (
        "In 2023 sharp increases in fuel prices, exceeding 180% in some provinces, cut diesel generation, and "
        "solar capacity reached 35 MW."
    )
    assert [r["value"] for r in rows(text)] == ["0.035"]


def test_growth_scenarios_foreign_investment_and_age_groups_are_the_profile() -> None:
    """ "In a 5% growth scenario", "Foreign direct investment amounted to USD 2.1 billion in 2022", "61% of the
    population under 30": the economy's and the people's figures; the plan's money and shares beside them stay,
    and a figure on the line below an economic label is no part of it."""
    text = (
        "Ruritania submitted this plan in 2024.\n\n"
        "In a 5% growth scenario, the investment required by 2030 is USD 3 billion.\n\n"
        "Foreign direct investment (FDI) amounted to USD 2.1 billion in 2022.\n\n"
        "Climate action will create jobs, notably for 61% of the population under 30, by 2030.\n\n"
        "Almost half of residents aged 70 years old and above live alone.\n\n"
        "Share of global emissions: less than 0.2%\nGDP growth: 3.1% in 2022"
    )
    found = [r["value_raw"] for r in rows(text)]
    assert "USD 3 billion" in found and "0.2%" in found
    assert not {"5%", "USD 2.1 billion", "61%", "half", "3.1%"} & set(found)
    # (also where the catalogue files the share under an emissions indicator: "an emissions level similar to 2010")
    from extract.catalogue import load_catalogue
    from extract.extractor import extract_document
    from extract.model import Document

    text = "In a 5% growth scenario, the investment needed to keep an emissions level like that of 2011 is high."
    doc = Document(doc="t", file="t.txt", text=text, sha256="0", bytes=len(text))
    assert extract_document(doc, load_catalogue()).observations == []


def test_the_state_s_accounts_as_a_share_of_the_economy_are_the_profile_whatever_money_word_follows() -> None:
    text = (
        "In 2023 the fiscal deficit widened to 5% of GDP, financed largely through borrowing, while solar capacity "
        "reached 35 MW."
    )
    assert [r["value"] for r in rows(text)] == ["0.035"]
    # a share of the economy a climate cost is measured in stays: "adaptation costs 2% of GDP a year"
    assert [r["value"] for r in rows("Adaptation will cost 2% of GDP a year by 2031, financed by the budget.")] == ["2"]


def test_shares_of_the_trade_s_and_the_state_s_takings_are_the_profile() -> None:
    """ "copper made up 70% of export earnings and 41% of budget revenues", "fuel cost 18% of its total import bill":
    shares of the economy, though "budget" is a money word (it is the whole, not money spent on the plan); money the
    plan spends as a share of the economy stays ("with 2.5% of its GDP spent on adaptation")."""
    text = (
        "In 2021 copper made up 70% of export earnings and 41% of budget revenues, while solar capacity reached 35 MW."
        "\n\nThe fuel bill of Ruritania represented 18% of its total import bill in 2019."
    )
    assert [r["value"] for r in rows(text)] == ["0.035"]
    kept = "With 2.5% of its GDP spent on adaptation in the 2021-2030 period, Ruritania will need support."
    assert [r["value"] for r in rows(kept)] == ["2.5"]


def test_the_economy_shrinking_named_before_a_number_is_the_economys_whatever_its_indicator() -> None:
    """ "real GDP contracted by nearly 41%, while GHG emissions declined by about 25%": the 41% measures the economy,
    though the catalogue's words for an emissions cut are in the sentence; the cut stays."""
    from extract.catalogue import load_catalogue
    from extract.extractor import extract_document
    from extract.model import Document

    text = (
        "Ruritania submitted this NDC in 2025.\n\nBetween 2014 and 2023, Ruritania's real GDP contracted by nearly "
        "41%, while GHG emissions declined by about 25%, from 30.1 MtCO2e in 2012 to 22.6 MtCO2e in 2024."
    )
    doc = Document(doc="t", file="t.txt", text=text, sha256="0", bytes=len(text))
    found = {o.value_raw for o in extract_document(doc, load_catalogue()).observations}
    assert "41%" not in found and "25%" in found


@pytest.mark.parametrize(
    "line",
    [
        "% of Emissions Covered\t100%.",  # a table row: the label is in the row, not in the cell
        "Base year\t1990\n% of emission covered\t100%",  # the singular
        "Percentage of GHG emissions covered\t95%",
    ],
)
def test_the_coverage_field_of_a_target_is_no_value(line: str) -> None:
    assert rows("Ruritania submitted this NDC in 2015.\n\n" + line) == []


def test_the_size_of_the_countrys_zones_is_its_profile_but_an_area_a_share_of_it_protects_is_not() -> None:
    """ "a vast EEZ (619,174 km2) and building resilience … is the top adaptation priority": the size of the zone,
    whatever climate words follow; "40% of its EEZ (95,000 square kilometres under no-take zone)" is the area the
    goal protects."""
    base = "Ruritania submitted this NDC in 2025.\n\n"
    size = (
        "Ruritania's ocean space has a vast EEZ (619,174km2) and building resilience of its coastlines against "
        "sea-level rise is the country's top adaptation priority."
    )
    assert rows(base + size) == []
    goal = "By 2030, it will protect at least 40% of Ruritania's EEZ (95,000 square kilometres under no-take zone)."
    assert {r["value"] for r in rows(base + goal)} == {"40", "9.5"}


def test_a_country_s_food_needs_are_no_finance_needs() -> None:
    """ "meets only 25% of the country's food needs": the demand of people, no cost of the plan (a present fact
    of the plan's year, not a goal of its headline year)."""
    text = "Ruritania will cut emissions by 20% by 2031. In 2023 its farms met only 25% of the country's food needs."
    got = {r["value"]: r["kind"] for r in rows(text)}
    assert got.get("25") != "target"


def test_a_share_of_the_people_a_measure_reaches_is_kept() -> None:
    text = "By 2030, 60% of rural households will cook with clean cooking fuels, and the youth will be trained."
    assert [r["value"] for r in rows(text)] == ["60"]


def test_indicators_in_the_catalogue_are_kept_whatever_the_topic() -> None:
    """The catalogue is the reviewed list of what is tracked; scope only judges numbers it does not map."""
    from decimal import Decimal

    from extract.catalogue import load_catalogue
    from extract.extractor import extract_document
    from extract.model import Document

    text = "In 2022, the primary industry accounted for 7.3% of GDP."  # GDP, a country-profile topic, but mapped
    doc = Document(doc="t", file="t.txt", text=text, sha256="0", bytes=len(text))
    found = extract_document(doc, load_catalogue()).observations
    assert [(o.value, o.indicator) for o in found] == [(Decimal("7.3"), "primary_industry_share_gdp")]


@pytest.mark.parametrize(
    "text",
    [
        "The update translates into 52 adaptation and mitigation programmes of action.",
        "Between 2016 and 2022 the fund supported 311 projects across the country.",
        "The plan covers 14 priority sectors and 9 cross-cutting measures.",
        "During the consultation in 2023, a total of 412 comments were collected, as well as 27 recommendations.",
        # capacity building counted: seminars, campaigns, courses
        "By 2030, 95 Climate Resilience Training Seminars and 30 awareness campaigns will be held.",
        "In 2022 the agency ran 14 courses for municipal staff.",
        # how the plan was worked out: experts, climate models, registered events, indicators
        "The update in 2024 drew on 41 national experts and the median of 17 global climate models.",
        "Between 1995 and 2019, a total of 1,204 events of natural origin were registered.",
        "In 2021, 26 adaptation indicators were developed.",
        # other parties counted: "nations" as "countries"
        "In 2024 the fund supported a total of 97 developing nations.",
    ],
)
def test_counts_of_a_plans_paperwork_are_not_emitted(text: str) -> None:
    assert [r for r in rows(text) if r["unit"] == "count"] == []


def test_counts_of_physical_assets_are_kept() -> None:
    assert [r["value"] for r in rows("By 2031 the utility will build 12 new hydropower plants.")] == ["12"]


def test_the_share_of_the_territory_a_climate_plan_covers_is_policy() -> None:
    found = rows("By 2030: 100% of the national territory covered by climate change plans being implemented.")
    assert [(r["value"], r["year"], r["kind"]) for r in found] == [("100", "2030", "target")]
    assert rows("The republic's territory covers 45% of the basin.") == []


def test_units_alone_after_a_count_count_the_assets_the_sentence_builds() -> None:
    found = rows("Expand household biogas digesters to 620 units by 2030 and 910 units by 2035.")
    assert [(r["value"], r["year"], r["unit"]) for r in found] == [("620", "2030", "count"), ("910", "2035", "count")]
    assert rows("By 2030 the plan will set up 12 district coordination units.") == []


def test_a_second_dated_count_shares_the_noun_of_the_first() -> None:
    found = rows("Extend solar irrigation to 3,250 farms by 2030 and 7,500 by 2035.")
    assert [(r["value"], r["year"], r["unit"]) for r in found] == [("3250", "2030", "count"), ("7500", "2035", "count")]
    assert [r["unit"] for r in rows("Emissions fell 12 percent by 2019 and 40 by 2030.")] == ["%"]


def test_adaptation_and_farm_assets_are_counted() -> None:
    found = rows("By 2032, build 14,250 improved cattle sheds, 120 solar-powered clinics and 35 water tanks.")
    assert sorted(r["value"] for r in found if r["unit"] == "count") == ["120", "14250", "35"]
    found = rows("By 2031, the plan will build up to 140 solar PV mini-grids and 12 microgrids in rural areas.")
    assert sorted(r["value"] for r in found if r["unit"] == "count") == ["12", "140"]
    assert rows("Article 2 sets two global goals - well below 2 degrees and 1.5 degrees of warming.") == []
    found = rows("By 2023, over 42,000 EVs were on the roads, and the strategy aims for 150,000 EVs by 2030.")
    assert [(r["value"], r["unit"]) for r in found] == [("42000", "count"), ("150000", "count")]


def test_shares_of_emissions_and_of_supply_are_kept_where_coverage_words_are_not_about_scope() -> None:
    assert [r["value"] for r in rows("Energy accounted for 61% of national emissions in 2021.")] == ["61"]
    assert [r["value"] for r in rows("Renewables covered 28% of electricity demand in 2023.")] == ["28"]
    assert [r["value"] for r in rows("Coal provided 37% of the power supply in 2020.")] == ["37"]


def test_the_start_date_of_a_scheme_in_an_aside_dates_no_value() -> None:
    found = rows(
        "In 2023 the plan was revised.\n\nBy 30 April 2024, Ruritania had 820 MW of renewable capacity. Of this, "
        "61.5 MW (7.5 percent) was under net billing for small producers, introduced on 1 March 2021 to replace "
        "metering."
    )
    assert {(r["value"], r["unit"], r["year"]) for r in found} == {
        ("0.82", "GW", "2024"),
        ("0.0615", "GW", "2024"),
        ("7.5", "%", "2024"),
    }


def test_a_capacity_or_an_amount_of_gas_is_never_the_country_profile() -> None:
    found = rows(
        "By 30 June 2023, Ruritania had 310 MW of installed renewable capacity. The capacity per support scheme was "
        "as follows: 41.2 MW (13.3 percent) under the old feed-in tariff; 88.6 MW under the new tariff mechanism."
    )
    assert {(r["value"], r["unit"]) for r in found} >= {("0.0412", "GW"), ("13.3", "%"), ("0.0886", "GW")}
    assert rows("Bus tariffs for households were cut by 12% in 2023 under the new price regime.") == []


def _plain_out_of_scope(text: str, sent_start: int, sent_end: int, c_end: int, q_end: int) -> bool:
    """What ``out_of_scope`` computed before it read each sentence's topic words once."""
    window = text[sent_start : min(sent_end, max(c_end, q_end + scope.AFTER_CHARS))]
    if scope._POLICY_RE.search(window):
        return False
    if scope._PROFILE_RE.search(window):
        return True
    return bool(scope._IMPACT_RE.search(window) and scope._PROJECTION_RE.search(window))


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's GDP grew 4% in 2019, its population reached 3 million, and its emissions fell 2%.",
        "Temperatures could rise by 1.4 °C and rainfall may drop 10%; EVs made up 3% of sales (EV-ready).",
        "Poverty fell to 21% of households; ſome 40% of the territory is forest.",
    ],
)
def test_out_of_scope_agrees_with_a_plain_search_of_each_window(text: str) -> None:
    for q_end in range(1, len(text), 3):
        for c_end in (q_end, min(len(text), q_end + 25), len(text)):
            args = (text, 0, len(text), c_end, q_end)
            assert scope.out_of_scope(*args) == _plain_out_of_scope(*args), (c_end, q_end)


def test_what_the_science_says_the_world_must_cut_is_context_not_the_countrys_goal() -> None:
    text = (
        "The IPCC finds that to keep warming to 1.5°C, global emissions will need to be cut by 42 to 47% by 2031. "
        "Worldwide methane emissions would need to fall by around one-third by 2031. "
        "Our emissions will fall by 18% by 2031."
    )
    assert [r["value"] for r in rows(text) if r["unit"] == "%"] == ["18"]


def test_what_rainfall_can_do_and_how_often_natural_disasters_strike_are_context() -> None:
    text = (
        "By 2090 these changes can reach up to 12% of current annual rainfall averages. "
        "About 65% of all natural disasters in the country are floods. "
        "Installed solar capacity reached 310 MW in 2022."
    )
    assert [r["value"] for r in rows(text)] == ["0.31"]


_PATHWAY_TEXTS = [
    "The IPCC states that global emissions will need to be reduced by 43% by 2030, and we must cut 20%.",
    "According to the latest  science, the world has to halve emissions: 45% by 2030. Our plan cuts 12%.",
    "Global methane emissions would need to fall by a third; worldwide emissions must fall 30% (AR6).",
    "The science is clear. Emissions from the world's forests were 5 Mt; the country must reach 40%.",
    "Scientists say the globe muſt act; global emiſſions ſhould fall 40%, the İPCC says 43%.",
]


@pytest.mark.parametrize("text", _PATHWAY_TEXTS)
def test_the_pathway_search_tried_at_citation_words_agrees_with_the_plain_search(text: str) -> None:
    for start in range(0, len(text), 3):
        for end in range(start + 1, len(text) + 1, 2):
            plain = worldstats._GLOBAL_PATHWAY_RE.search(text, start, end)
            expected = bool(plain) and not worldstats._OWN_SUBJECT_RE.search(text, plain.start(), end)
            assert scope.global_pathway(text, start, end) == expected


def test_the_worlds_total_in_brackets_after_the_countrys_share_is_dropped() -> None:
    text = "Peru emitted 190 MtCO2e in 2019, some 0.4% of the world GHG emissions in 2019 (49 GtCO2e)."
    assert [r["value"] for r in rows(text)] == ["190", "0.4"]
    text = "In 2018 the island emitted 0.01% of global emissions (about 48 Gt CO2e), or 5.2 Mt CO2e."
    assert [r["value"] for r in rows(text)] == ["0.01", "5.2"]
    # a bracketed figure of the country's own after a global word stays
    text = "In 2020 the global methane pledge led Chad to cut flaring by 12% (0.3 Mt CO2e)."
    assert [r["value"] for r in rows(text)] == ["12", "0.3"]
    # the country's own share in brackets is a value of the country
    text = "Despite its small contribution to global GHG emissions (0.03% in 2019), Tonga will act."
    assert [r["value"] for r in rows(text)] == ["0.03"]


def test_resource_estimates_in_a_list_of_potentials_are_no_goals() -> None:
    text = (
        "Studies show a large potential for renewable energy, with about 9,000 GW of solar resources, followed by"
        " hydroelectric sources with 12 GW, wind potential with 3 GW and biomass resources with 1 GW."
    )
    assert not [r for r in rows(text) if r["unit"] == "GW"]


def test_a_potential_stated_by_a_copula_and_its_parts_are_no_goals() -> None:
    # "Total renewable energy potential for X is 450 MW, including 352 MW from hydropower, …": the potential and
    # each of its parts are resource estimates; so is "its 520 MW hydropower potential", but not the capacity the
    # plan installs of it, nor a mitigation potential
    text = (
        "This NDC was submitted in 2021, with goals to 2030.\n\n"
        "Total renewable energy potential for Ruritania is 610 MW, including 480 MW from hydropower, 95 MW from wind "
        "and 35 MW from solar.\n\nRuritania will install 250 MW of its 520 MW hydropower potential by 2030.\n\n"
        "The mitigation potential of the energy measures is 2.4 Mt CO2e in 2030.\n\n"
        "By 2030, install capacities of 900 MW Hydro, 1,500 MW DSM\n\nMitigation potential 3.1 Mt CO2 e"
    )
    found = {(r["value"], r["unit"]) for r in rows(text)}
    assert {("0.25", "GW"), ("2.4", "Mt CO2e"), ("1.5", "GW")} <= found
    assert not found & {("0.61", "GW"), ("0.48", "GW"), ("0.095", "GW"), ("0.035", "GW"), ("0.52", "GW")}


def test_a_value_at_the_end_of_the_century_is_the_climates_or_the_sciences() -> None:
    # a horizon only models and the science's budgets reach: "by the end of the 21st century, around 40% of the oak
    # woods will be in the zone of mass dieback" (a policy topic does not save it), "projected GDP losses of 18% to
    # 61% by the end of the century"; a goal the country sets for it stays
    text = (
        "This NDC was submitted in 2021, with goals to 2030.\n\nBy the end of the 21st century, around 40% of the oak "
        "forests will be found in the zone where mass dieback is likely. The economy faces projected GDP losses of 18% "
        "to 61% by the end of the century. Ruritania will cut its emissions by 12% by 2030."
    )
    assert [r["value"] for r in rows(text)] == ["12"]
    own = "Ruritania commits to cut its emissions by 95% by the end of the century."
    assert [r["value"] for r in rows(own)] == ["95"]


def test_what_a_resource_has_the_potential_to_do_is_no_goal() -> None:
    # "the dam had the potential to irrigate 13,000 ha and generate 4,600 kW": what it could serve, not a plan's goal
    # (the area too, here; an area the plan plants stays)
    text = (
        "This NDC was submitted in 2021, with goals to 2030.\n\nThe old barrage had the potential to irrigate 9,500 ha "
        "and generate 3,200 kW of electricity. The hills have the potential to generate about 240 MW of wind power. "
        "Ruritania will plant 20,000 ha of forest by 2030."
    )
    assert {(r["value"], r["unit"]) for r in rows(text)} == {("0.02", "Mha")}


def test_a_temperature_is_never_a_countrys_goal_but_a_recorded_one_stays() -> None:
    # the world's limit, and a model's warming: neither is the plan's target
    assert rows("The updated plan of Freedonia makes a fair contribution toward 1.5°C by 2035.") == []
    assert rows("Freedonia's 2035 target is aligned with limiting warming to 1.5°C by 2100.") == []
    found = rows("The mean annual temperature in the capital was 27.4°C in 2021.")
    assert [(r["value"], r["unit"], r["kind"], r["year"]) for r in found] == [("27.4", "°C", "actual", "2021")]


def test_what_the_prose_under_an_impact_heading_foresees_is_an_impact() -> None:
    text = (
        "4.2 Loss and Damage\n\n"
        "The power grid experiences the highest losses, with an average of 14.1%, followed by rail lines at 6.2% by"
        " 2040.\n\n"
        "The government will restore 40,000 ha of mangroves by 2040.\n"
    )
    found = [(r["value"], r["unit"], r["kind"], r["year"]) for r in rows(text)]
    assert found == [("0.04", "Mha", "target", "2040")]
    # the same impact under a heading about the country's answer is read as before
    answer = text.replace("4.2 Loss and Damage", "4.2 Adaptation targets")
    assert ("14.1", "%", "target", "2040") in [(r["value"], r["unit"], r["kind"], r["year"]) for r in rows(answer)]


@pytest.mark.parametrize(
    ("heading", "impact"),
    [
        ("2.4.9. Loss and Damage", True),
        ("3.9. Observed Climatic Impacts", True),
        ("Climate projections for the Sahel", True),
        ("Projected Climate Change (Mid-Century)", True),
        ("4.1 Observed climate trends", True),
        ("1.3 Vulnerability of the coastal zone", True),
        ("Table 15: Proposed Activities in Loss and Damage", False),
        ("Impacts, vulnerability and adaptation measures", False),
        ("Climate change impacts: priority actions", False),
        ("Mitigation targets", False),
    ],
)
def test_a_heading_about_impacts_not_about_the_plans_answer(heading: str, impact: bool) -> None:
    assert scope.impact_heading(heading) is impact


def test_the_countrys_distance_from_a_world_or_peer_average_is_a_comparison() -> None:
    found = rows(
        "In 2021, per capita emissions were 4.2 tCO2e, some 35% below the world average and well under the EU"
        " average, which is about 7.9 tonnes."
    )
    assert [(r["value"], r["unit"]) for r in found] == [("4.2", "t CO2e per capita")]
    found = rows("In 2022, solar and wind supplied 51% of power, twice the regional average.")
    assert [(r["value"], r["unit"]) for r in found] == [("51", "%")]


def test_a_plans_alignment_with_the_paris_temperature_goal_states_no_temperature() -> None:
    assert rows("In 2023 the government reviewed the alignment of its updated NDC with 1.5°C in an annex.") == []


def test_the_number_of_the_plans_measures_named_before_its_values_is_paperwork() -> None:
    text = "The new NDC raises the number of policies/measures from 31 in the NDC 2.0 to 47 by 2035."
    assert rows(text) == []
    # what the plan builds is counted, whatever the sentence calls it
    found = rows("The number of constructed landfill sites will rise from 2 in 2022 to 6 by 2030.")
    assert [(r["value"], r["year"]) for r in found] == [("2", "2022"), ("6", "2030")]


def test_homes_are_counted_and_what_a_disaster_destroyed_is_its_toll() -> None:
    found = rows("The programme will retrofit 4,500 low-income homes with solar water heaters by 2030.")
    assert [(r["value"], r["unit"], r["year"]) for r in found] == [("4500", "count", "2030")]
    assert rows("In 2021, floods destroyed more than 600 houses and damaged 12,000 hectares of crops.") == []


def test_a_template_field_asking_for_the_share_of_emissions_covered_answers_with_the_scope() -> None:
    text = "Ruritania reported emissions of 41 Mt CO2e in 2019.\n\nPercentage of GHG emissions covered: 97 %."
    assert [r["value"] for r in rows(text)] == ["41"]
    text = (
        "Ruritania reported emissions of 41 Mt CO2e in 2019.\n\n"
        "% of national emissions covered, as reflected in the latest inventory: 97%"
    )
    assert [r["value"] for r in rows(text)] == ["41"]
    # a service's coverage stays: it is no scope of the goal
    assert [r["value"] for r in rows("Drinking water coverage reached 87% in 2021.")] == ["87"]


def test_an_impact_by_the_end_of_the_century_or_depending_on_the_scenario_is_projected() -> None:
    assert rows("About 9% to 14% of the delta will be submerged by sea-level rise by the end of this century.") == []
    assert rows("Depending on the scenario, rainfall in the east will fall by up to 18% in 2060.") == []
    # a plan's own goal keeps its value
    assert [r["value"] for r in rows("Ruritania will cut emissions by 45% by 2040.")] == ["45"]


def test_the_rows_of_a_table_of_climate_impacts_are_no_plans() -> None:
    # a tab table under a caption naming the climate's impact: its affected areas are damage, no goals or records
    text = (
        "Ruritania will cut its emissions by 20% by 2030.\n\n"
        "Table 4: Impact of climate change on harvests, 2010-2016\n\n"
        "Year\tEvent\tRegion\tArea lost\n2012\tDrought\tNorth\t12 400 ha\n2014\tFloods\tSouth\t8 250 ha\n"
        "2016\tCyclone Ada\tCoast\t3 100 ha"
    )
    assert [r["value"] for r in rows(text)] == ["20"]
    assert impacts.impact_table("Table 4: Impact of climate change on harvests, 2010-2016")
    assert impacts.impact_table("Table 2. Key Projected Climate Trends (Mid-Century, SSP2-4.5)")
    assert not impacts.impact_table("Table 5: Adaptation measures against the impact of climate change (USD million)")


def test_the_cells_of_a_flattened_table_of_climate_impacts_are_no_plans() -> None:
    # the same kind of table flattened one cell a line, with text cells among the damages: no grid is read, and the
    # lines below the caption stay its cells up to the prose after it
    text = (
        "Ruritania will cut its emissions by 20% by 2030.\n\n"
        "Table 6: Losses and damage due to extreme events in Ruritania\n\n"
        "Event\n\nEstimated damages (USD)\n\nOther losses\n\n"
        "Cyclone Ada, 1994\n\n$63 Million\n\n2 deaths, roads washed away\n\n"
        "Floods, 2009\n\n$8.5 Million\n\nCoastal erosion\n\n"
        "The plan will also install 40 MW of solar capacity by 2030."
    )
    assert sorted(r["value"] for r in rows(text)) == ["0.04", "20"]


def test_other_parties_shares_of_world_emissions_listed_line_by_line_are_context() -> None:
    # a list of the world's shares, one party a line ("Group of G20 countries 78.4% of global emissions."): only the
    # line naming the document's country, and a sentence about "the country", are the country's own values
    text = (
        "Malawi will cut its emissions by 20% below business as usual by 2030. This NDC of Malawi was submitted in "
        "2018.\n\nThe shares of world emissions in 2014 were as follows:\n\nSouth Asia 7.31% of global emissions.\n\n"
        "Group of G20 countries 78.4% of global emissions.\n\nMalawi 0.03% of global emissions.\n\n"
        "The country emits 0.02% of global emissions."
    )
    shares = {r["value"] for r in rows(text) if r["unit"] == "%"}
    assert {"0.03", "0.02"} <= shares
    assert not shares & {"7.31", "78.4"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The assessment found a 64% chance that flood losses will exceed the contingency fund by 2030.",
        "Limiting warming below 2°C has a likelihood of 66-100% (likely) in these pathways by 2050.",
        "Pathways that keep warming below 1.5°C with a probability of 50% and 33% reach net zero CO2 by 2050.",
        "The rated output of the dam was multiplied by a 75% probability factor to reach the 2030 capacity.",
    ],
)
def test_a_share_that_is_a_probability_is_no_value(sentence: str) -> None:
    base = "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2020."
    shares = {r["value"] for r in rows(f"{base}\n\n{sentence}") if r["unit"] == "%"}
    assert shares == {"20"}


def test_what_limiting_warming_requires_is_the_sciences_pathway_milestones_too() -> None:
    # "limiting warming to 1.5 °C requires …": the world's cuts and its net-zero year, not the country's; the
    # country's own target said to be consistent with the limit stays
    base = "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2020."
    text = (
        f"{base}\n\nLimiting warming to 1.5 °C requires cutting all greenhouse gas emissions by 48% by 2030 against "
        "2019, and achieving net zero CO2 by 2050.\n\nTo meet the goal of limiting warming within 1.5 °C, it is "
        "necessary to lower emissions by 39 percent by 2030.\n\nAt the global level, limiting warming below 2°C "
        "requires emissions to peak by 2025.\n\nRuritania's target of 35% by 2035 is consistent with limiting warming "
        "to 1.5 °C."
    )
    got = {(r["value"], r["year"]) for r in rows(text)}
    assert got == {("20", "2030"), ("35", "2035")}


def test_money_stated_on_a_price_basis_is_no_statistic_of_prices_or_inflation() -> None:
    # "US$ 9.4 billion at 2015 prices", "USD 5.21 billion by 2035, without inflation": the basis of the amount, not the
    # country's prices or inflation; "Food prices rose by 12%" and "inflation of 14.5%" stay the profile's
    text = (
        "This NDC was submitted in 2025.\n\n"
        "The cost of implementation of the mitigation component is estimated at US$ 9.4 billion at 2015 prices.\n\n"
        "The transition needs an estimated USD 5.21 billion by 2035, without inflation rate consideration.\n\n"
        "Food prices rose by 12% in 2022.\n\nThe economy saw inflation of 14.5% in 2023."
    )
    found = {(r["value"], r["unit"]) for r in rows(text)}
    assert {("9.4", "USD billion"), ("5.21", "USD billion")} <= found
    assert not {v for v, u in found if u == "%"}


def test_what_a_named_global_pledge_aims_for_is_its_collective_goal() -> None:
    # the pledge named, then its aim: the world's cut the country joins, not the country's own target
    base = "Ruritania will cut its emissions by 20% below business as usual by 2030. This NDC was submitted in 2025."
    text = (
        f"{base}\n\nRuritania joined the Global Methane Pledge (2022), aiming for a 30% methane reduction from 2020 "
        "levels by 2030."
    )
    assert {r["value"] for r in rows(text) if r["unit"] == "%"} == {"20"}
    # a pledge named in several words, "and" among them, is as much the world's: "the Global Cooling and Heat Pledge
    # commits to deploying 900 GW of efficient cooling"
    words = f"{base}\n\nThe COP30 Global Cooling and Heat Pledge commits to deploying 900 GW of cooling by 2030."
    assert {r["value"] for r in rows(words) if r["unit"] == "GW"} == set()
    # the country's own methane goal stays
    own = f"{base}\n\nRuritania will cut its own methane emissions by 12% by 2030."
    assert {r["value"] for r in rows(own) if r["unit"] == "%"} == {"20", "12"}


def test_the_lie_of_the_land_is_the_countrys_profile_and_a_climate_zone_no_border() -> None:
    # "located between 12° 10' and 15° 40' North latitude … covers an area of 98,300 km2", "an archipelago of 60
    # islands stretching 900 kilometres": geography, no indicator; "the mid-latitude temperate zone" names a climate,
    # and its average temperature stays
    lead = "The statistics in this document were collected up to 2024.\n\n"
    geo = (
        "Ruritania is located between 12° 10' and 15° 40' North latitude and 20° 05' and 24° 30' East longitude and "
        "covers an area of 98,300 km2. It is an archipelago of 60 islands stretching 900 kilometres north to south."
    )
    assert rows(lead + geo) == []
    zone = "Located in the mid-latitude temperate zone, its average annual temperature over 1991-2020 was 11.4°C."
    assert [r["value"] for r in rows(lead + zone)] == ["11.4"]


def test_farmings_part_of_the_economy_is_the_profile_and_the_three_sector_structure_still_a_catalogue_share() -> None:
    """ "Agriculture contributes 14.2% to national GDP" and "the agricultural sector accounted for 11% of GDP" state the
    economy's make-up (the country profile, out of scope), not the primary industry's share the catalogue tracks for a
    plan that sets the economy's structure ("the proportion of the three sectors … to 6.1:38.4:55.5 in 2024")."""
    from extract.catalogue import load_catalogue
    from extract.extractor import extract_document
    from extract.model import Document

    text = (
        "Ruritania submitted this NDC in 2025.\n\nAgriculture is the backbone of rural livelihoods and contributes "
        "14.2% to national GDP in 2023. In 2022, the agricultural sector accounted for 11% of GDP and employed 38% of "
        "the labour force.\n\n"
        "The relative proportion of the three sectors has evolved from 7.5:40.1:52.4 in 2014 to 6.1:38.4:55.5 in 2024."
    )
    doc = Document(doc="t", file="t.txt", text=text, sha256="0", bytes=len(text))
    found = {(o.value_raw, o.indicator) for o in extract_document(doc, load_catalogue()).observations}
    assert not any(raw in ("14.2%", "11%", "38%") for raw, _ in found)
    assert ("6.1", "primary_industry_share_gdp") in found


def test_land_area_under_a_practice_is_the_plans_not_the_countrys_size() -> None:
    """ "expand the land area under conservation agriculture to 60,000 ha by 2030" is a goal; "the total land area
    of Ruritania is 75,000 km2" is the country's size."""
    goal = (
        "Ruritania, 2 May 2021.\n\nRuritania will expand the land area under conservation agriculture to 60,000 ha"
        " by 2030."
    )
    assert [(r["value_raw"], r["year"], r["kind"]) for r in rows(goal)] == [("60,000 ha", "2030", "target")]
    assert rows("Ruritania, 2 May 2021.\n\nThe total land area of Ruritania is 75,000 km2.") == []
    assert rows("Ruritania, 2 May 2021.\n\nWith about 85% of land area under tropical forests, it is a sink.") == []


def test_the_worlds_and_peers_per_capita_levels_are_context() -> None:
    """ "the average global per capita CO2 emissions had reached 4.6 tons" and "the 10.2 tCO2 per capita average of
    OECD countries" are the world's and the peers' levels quoted for comparison; the country's own level stays."""
    text = (
        "Ruritania, 2 May 2015.\n\nThe average global per capita CO2 emissions had reached 4.6 tons per person by 2013."
        " Ruritania was well below the 10.2 tCO2 per capita average of OECD countries. Ruritania's per capita"
        " emissions were 3.9 tCO2 in 2013."
    )
    assert [r["value_raw"] for r in rows(text)] == ["3.9 tCO2"]


def test_a_peer_groups_average_in_brackets_after_its_name_is_context() -> None:
    # "below the average for Latin America and the Caribbean region (4.9 tCO2e)": the peers' level, for comparison;
    # the country's own average over its years stays
    text = (
        "Ruritania, 2 May 2016.\n\nIn 2012, per capita emissions were 2.8 tCO2e. They are below the average for "
        "Sub-Saharan African countries (3.4 tCO2e) and the average of the last five years (2.9 tCO2e in 2012)."
    )
    assert [r["value_raw"] for r in rows(text)] == ["2.8 tCO2e", "2.9 tCO2e"]


def test_an_impact_projected_under_a_high_emissions_scenario_is_no_policy_figure() -> None:
    # "under a high emissions scenario" names the climate models' world, not the country's emissions policy
    text = (
        "Ruritania, 2 May 2020.\n\nAnnual mean rainfall will increase by 4-6% by 2040 under a high emissions "
        "scenario. Ruritania will cut its emissions by 15% by 2030."
    )
    assert [r["value"] for r in rows(text)] == ["15"]


def test_a_plants_capacity_factor_is_an_assumption_not_a_share_of_renewables() -> None:
    text = (
        "Ruritania, 2 May 2016.\n\nRuritania needs 25 MW of renewable capacity by 2025 at a conservative 38% "
        "portfolio capacity factor. Wind farms run with a capacity factor of 31%. The 2025 model assumes capacity "
        "factors (e.g., 19% for solar PV). Renewables will supply 35% of electricity by 2025."
    )
    assert [r["value"] for r in rows(text)] == ["0.025", "35"]


def test_a_gap_in_percentage_points_between_two_goals_or_estimates_is_no_value() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nThe goal of cutting emissions by 45% by 2035 is an increase of 9 percentage points"
        " compared to the previous target of 36%. Output grew by 3.1% in 2023, 0.8 percentage points higher than the"
        " bank projected. The plan will raise the share of electricity in final energy by 4 percentage points by 2035."
    )
    got = [r["value_raw"] for r in rows(text)]
    assert "9 percentage points" not in got and "0.8 percentage points" not in got
    assert {"45%", "4 percentage points"} <= set(got)  # a share raised by points, in a sentence naming no goal

def test_a_ratio_to_the_worlds_average_another_country_or_an_earlier_estimate_is_no_value() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nIn 2022, emissions per person were 2.1 tCO2e, about 65 percent lower than the"
        " world's average. They are five times less than those of our largest neighbour. Power output will reach 41"
        " TWh by 2030, which is 12% higher than the previous estimates. In 2022, emissions were 18% lower than in 2010."
    )
    got = {r["value_raw"] for r in rows(text)}
    assert not got & {"65 percent", "five times", "12%"}
    assert {"2.1 tCO2e", "41 TWh", "18%"} <= got  # (a change from the country's own past stays)

def test_a_premise_of_a_calculation_or_model_is_no_value_but_a_goal_or_a_duty_taken_on_stays() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nThe saving is estimated assuming a daily use of 0.8 litres of kerosene per"
        " household. It was assumed that 35% of the landfill methane would be collected in 2030. Technical"
        " assumptions include a 3.5% annual GDP growth rate. It is assumed that a 12% reduction target by 2030 is"
        " achievable. The ministry has assumed the commitment to ensure that 60% of schools have solar power by"
        " 2030. These assumptions lead to a reduction in emissions of 9% by 2030."
    )
    got = {r["value_raw"] for r in rows(text)}
    assert not got & {"0.8 litres", "35%", "3.5%"}
    assert {"12%", "60%", "9%"} <= got


def test_a_premise_runs_past_decimals_and_abbreviations_and_a_measure_that_assumes_foresees() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nThe model assumes growth rates of 4.5% until 2025 and 3.5% from 2026. NAMA Steel"
        " assumes the recovery of 2 million tonnes of scrap (i.e. only 40% of the scrap generated) by 2030."
    )
    got = {r["value_raw"] for r in rows(text)}
    assert not got & {"4.5%", "3.5%"}
    assert "40%" in got

def test_a_value_in_a_sentence_naming_a_climate_models_scenario_is_what_the_climate_would_bring() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nRuritania will cut its emissions by 18% by 2030.\n\nBy 2050, however, the share"
        " of irrigable land would decrease to 74% and 61% under the RCP 4.5 and RCP 8.5 scenarios, respectively. Under"
        " SSP2-4.5, the number of very wet days would grow by 22% by 2060. Irrigated land will reach 40,000 ha by 2030."
    )
    assert [r["value_raw"] for r in rows(text)] == ["18%", "40,000 ha"]

def test_what_a_disaster_destroyed_is_an_impact_and_the_plans_answer_to_it_stays() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nIn 2018, emissions were 6.2 MtCO2e. In the floods of 2019, about 6,500 ha of rice"
        " and 900 ha of orchards were destroyed. Cyclone Rena destroyed 4 of the 7 wind farms in 2020. After"
        " Hurricane Tomas in 2019, about 70% to 75% of the forest was lost. Flood alerts will cover 80% of river"
        " basins by 2030."
    )
    got = [r["value_raw"] for r in rows(text)]
    assert not {"6,500 ha", "900 ha", "4", "7", "70%", "75%"} & set(got)
    assert {"6.2 MtCO2e", "80%"} <= set(got)

def test_what_climate_change_brings_about_is_an_impact_and_the_plans_answer_to_it_stays() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nRuritania will cut its emissions by 18% by 2030.\n\nOwing to climate change, maize"
        " yields could fall by 12% by 2040. Climate change is expected to reduce river flows by 30% to 35% by 2080."
        " The effects of global warming on the coast will be harsh, with 9% of beaches lost by 2050. To adapt to"
        " the effects of climate change, 60% of farms will be irrigated by 2030. By 2030, training in gender and"
        " climate change will reach 75% of district offices."
    )
    got = [r["value_raw"] for r in rows(text)]
    assert not {"12%", "30%", "35%", "9%"} & set(got)
    assert {"18%", "60%", "75%"} <= set(got)


def test_a_value_labelled_by_a_climate_models_scenario_is_no_plan_figure() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nRuritania will cut its emissions by 18% by 2030.\n\nAn increase in the number of "
        "tropical nights is also projected, from a median of 1.3 nights per year between 1986 and 2005 to between 12 "
        "(RCP 2.6) and 64 (RCP 8.5) by 2100."
    )
    assert [r["value"] for r in rows(text)] == ["18"]


def test_the_cost_of_a_coasts_degradation_is_a_loss_not_a_need() -> None:
    text = (
        "Ruritania, 2 May 2022.\n\nFor example, the cost of the degradation of the coastal zone of Ruritania, "
        "according to a recent assessment by a development bank, would amount to 640 million dollars per year. "
        "Ruritania will need 12 billion dollars by 2030."
    )
    assert [r["value"] for r in rows(text)] == ["12"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a budget's split: the amounts stay, their shares of the total are no measure
        (
            "The plan will cost USD 5.3 billion over 2026-2035: adaptation USD 2.1 billion (40% of total) and "
            "mitigation USD 3.2 billion (60% of total).",
            ["5.3", "2.1", "3.2"],
        ),
        ("Clean transport will cost EUR 0.8 billion by 2035, 35% of the total cost.", ["0.8"]),
        ("Forestry accounts for 22% of the total financing needs of USD 1.9 billion by 2035.", ["1.9"]),
        # a value restated as its share of the goal
        ("Domestic action cuts emissions 12% by 2035 against 2015, or nearly 40% of the target.", ["12"]),
        # a share of emissions, and a government's climate spending, stay
        ("In 2020 transport emitted 4.1 MtCO2e (31% of total) and industry 2.2 MtCO2e.", ["4.1", "31", "2.2"]),
        ("In 2021, 9% of the total budget of the Ministry of Energy went to climate programmes.", ["9"]),
    ],
)
def test_a_share_of_a_budget_or_of_the_goal_is_a_split_not_a_measure(text: str, kept: list[str]) -> None:
    assert [r["value"].rstrip("0").rstrip(".") for r in rows("Ruritania, 2 May 2024.\n\n" + text)] == kept


def test_a_numbered_impact_section_holds_over_the_headings_of_its_parts_until_the_next_numbered_heading() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\n"
        "4.2.1 Projected impacts of climate change\n\n"
        "Crops\n\n"
        "Rice yields are expected to decline by 12% by 2050 in the delta.\n\n"
        "4.3 Adaptation goals\n\n"
        "Irrigation\n\n"
        "Rice yields will rise by 10% by 2035 under the irrigation programme."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("10", "target", "2035")]


def test_a_forecast_under_an_impact_heading_sets_no_goal_but_a_goal_does() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nProjected impacts of climate change\n\n"
        "It is predicted that the yield of wheat will decrease by 14% by 2050.\n\n"
        "Rice yields will rise by 10% by 2035 under the irrigation programme."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("10", "target", "2035")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritania is a landlocked country in the south with an area of 41,250 km2.",
        "The Republic of Ruritania lies on the coast, covering an area of 88,400 km².",
        "The combined land area is 512 km2 and the islands rise to 900 m.",
        "As a small island state of 488 km² with no rivers, Ruritania imports all its fuel.",
        "Ruritania has an EEZ of nearly 1.2 million km² in the ocean.",
    ],
)
def test_the_countrys_own_extent_is_the_country_profile(sentence: str) -> None:
    assert rows(f"Ruritania, 2 May 2024.\n\nIn 2020: {sentence}") == []


def test_the_document_countrys_name_may_be_the_subject_of_its_extent() -> None:
    text = "Moldova, 2 May 2024.\n\nIn 2020: Moldova, a landlocked land, spans over 33.8 thousand km2 of hills."
    assert rows(text) == []


def test_an_area_the_plan_acts_on_stays_however_it_is_introduced() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nBy 2030 the country will restore forests covering an area of 1,200 km2.\n\n"
        "In 2022, 900 km2 of the country's land area was protected forest."
    )
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("0.12", "target"), ("0.09", "actual")]


def test_a_share_of_the_worlds_people_output_or_land_is_the_worlds_figure_but_of_its_emissions_the_countrys() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nIn 2019 Ruritania's population was 0.41% of the world's total population, and "
        "its emissions 0.06% of global emissions; members of the alliance make up 65% of the global economy."
    )
    assert [r["value"] for r in rows(text)] == ["0.06"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 1961 the mean annual temperature has increased by 1.1°C across the plateau.",
        "Records show warming of about 0.9 °C between 1960 and 2019.",
        "Over 1970-2019 the temperature rose at 0.23°C per decade.",
        "Between 1950 and 2010 the warming rate was about 0.02 °C/year in the north.",
        "The year 2019 was 2.1 degrees Celsius warmer than the 1961-1990 average.",
    ],
)
def test_a_change_of_temperature_is_a_climate_trend_not_a_record_of_the_plan(sentence: str) -> None:
    assert rows(f"Ruritania, 2 May 2024.\n\n{sentence}") == []


def test_a_temperature_level_stays_a_record_of_the_climate() -> None:
    text = "Ruritania, 2 May 2024.\n\nIts mean annual temperature over 1991-2020 was about 13.4°C."
    assert [(r["value"], r["unit"], r["kind"]) for r in rows(text)] == [("13.4", "°C", "actual")]


def test_the_climate_observed_is_the_profile_but_the_instruments_a_plan_deploys_are_not() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nBetween 1961 and 2020 annual rainfall fell by 11-18% in the east.\n\n"
        "By 2035 the plan will deploy rainfall and river gauge networks and cover 100% of the basins with warnings."
    )
    assert [(r["value"], r["kind"], r["year"]) for r in rows(text)] == [("100", "target", "2035")]


def test_the_threshold_of_a_class_a_rule_defines_is_no_level_of_the_plan() -> None:
    text = (
        "Ruritania, 2 May 2024.\n\nSince 2022, installations with annual emissions of more than 25,000 tCO2e must "
        "report them; by 2030 the sector will cut its emissions to 4.2 MtCO2e."
    )
    assert [(r["value"], r["kind"]) for r in rows(text)] == [("4.2", "target")]


def test_a_threshold_said_after_the_amount_is_a_rules_scope_not_an_emission() -> None:
    text = (
        "Ruritania, 2 May 2021.\n\nIn 2018 the carbon levy came into effect. It applies to direct emissions from"
        " facilities producing 40 ktCO2e or more of GHG emissions in a year, without exemption."
        " In 2019, national emissions were 12 MtCO2e."
    )
    assert [r["value_raw"] for r in rows(text)] == ["12 MtCO2e"]


def test_who_holds_the_land_and_the_catch_landed_are_the_profile() -> None:
    # land tenure and fish landings describe the country, no plan: "60% of the rangeland is owned by families"
    assert rows("In 2019, about 60% of the rangeland was owned by families and 35% by the state.") == []
    assert rows("Ruritania, 2024.\n\nIn May 2024, coastal fisheries landed 31.2 thousand tonnes of fish.") == []
    # a goal of the plan, whatever the owner, stays: "the state-owned utility will source 45% from solar by 2030"
    assert [r["value"] for r in rows("By 2030 the state-owned utility will source 45% of power from solar.")] == ["45"]


def test_what_a_path_does_to_the_economy_and_income_per_head_are_the_profile() -> None:
    # "could increase GDP by 1.2-3.9 percent" (both bounds of the range), "GDP could grow by 2 percent", "GNI per
    # capita … 28 percent greater": the economy's figures, whatever the sentence's climate words
    text = "The pathway reaches net zero by 2050 and could increase GDP by 1.2-3.9 percent."
    assert [r["unit"] for r in rows(text)] == ["year"]
    assert rows("Under the low-carbon scenario, GDP could grow by 2 percent by 2040.") == []
    assert rows("In 2019, GNI per capita was 28 percent greater than the regional average.") == []
    # a range of cuts stays
    assert [r["value"] for r in rows("By 2030, emissions will fall by 20-30%.")] == ["20", "30"]
