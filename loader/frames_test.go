package loader

import (
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// TestInteractionFrames checks one sentence per frame shape and predicate:
// active, passive, coordination, negation, nominalisation and the
// lexicon's synonyms. want false means the triple must not appear.
func TestInteractionFrames(t *testing.T) {
	cases := []tripleCase{
		{"active attack", "Russia attacked Ukraine on Tuesday.", "Russia", ontology.Attacked, "Ukraine", true},
		{"passive attack", "Ukraine was attacked by Russia on Tuesday.", "Russia", ontology.Attacked, "Ukraine", true},
		{"negated attack", "Russia did not attack Ukraine on Tuesday.", "Russia", ontology.Attacked, "Ukraine", false},
		{"coordinated subjects", "France and Germany condemned Russia on Monday.", "Germany", ontology.Criticized, "Russia", true},
		{"synonym criticized", "Germany assailed Russia on Monday.", "Germany", ontology.Criticized, "Russia", true},
		{"nominal sanctions", "Canada imposed sanctions on Iran on Friday.", "Canada", ontology.Sanctioned, "Iran", true},
		{"threatened sanctions", "Canada threatened new sanctions on Iran on Friday.", "Canada", ontology.Sanctioned, "Iran", false},
		{"barred passive", "Russia was barred by the European Union from the games.", "European Union", ontology.Sanctioned, "Russia", true},
		{"named members", "The European Union sanctioned eight officials, among them Vladimir Padrino, on Monday.", "European Union", ontology.Sanctioned, "Vladimir Padrino", true},
		{"including", "Canada banned several officials, including Russian Foreign Minister Sergei Lavrov, on Monday.", "Canada", ontology.Sanctioned, "Sergei Lavrov", true},
		{"plural deals", "Britain signed deals with Albania last year.", "United Kingdom", ontology.CooperatedWith, "Albania", true},
		{"agreed with", "Egypt agreed with Qatar on a new plan.", "Egypt", ontology.CooperatedWith, "Qatar", true},
		{"threat verb", "North Korea threatened South Korea on Sunday.", "North Korea", ontology.Threatened, "South Korea", true},
		{"landed in", "Emmanuel Macron landed in Japan on Sunday.", "Emmanuel Macron", ontology.Visited, "Japan", true},
		{"war in", "Russia's war in Ukraine entered its fourth year.", "Russia", ontology.InConflictWith, "Ukraine", true},
		{"war in attacks", "Russia's war in Ukraine entered its fourth year.", "Russia", ontology.Attacked, "Ukraine", true},
		{"war without owner", "The war in Ukraine entered its fourth year, Russia said.", "Russia", ontology.Attacked, "Ukraine", false},
		{"mediated between", "Egypt has mediated between Israel and Hamas since October.", "Egypt", ontology.MetWith, "Hamas", true},
		{"fronted session", "After a session with Emmanuel Macron on Friday, Olaf Scholz called the talks useful.", "Olaf Scholz", ontology.MetWith, "Emmanuel Macron", true},
		{"visit by", "Joe Biden, speaking at the White House during a visit by Emmanuel Macron, said the talks went well.", "Joe Biden", ontology.MetWith, "Emmanuel Macron", true},
		{"possessive subject not passive", "Qatar's prime minister flew to Cairo on Monday.", "Qatar", ontology.Visited, "Cairo", true},
		{"office holder", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spoke on Sunday. Qatar's prime minister flew to Cairo on Monday.", "Mohammed bin Abdulrahman Al Thani", ontology.Visited, "Cairo", true},
		{"unnamed official object", "John Kerry contacted Thailand's foreign minister on Friday.", "John Kerry", ontology.MetWith, "Thailand", true},
		{"planned meeting with unnamed official", "John Kerry will meet Thailand's foreign minister on Friday.", "John Kerry", ontology.MetWith, "Thailand", false},
		{"reported criticism", "Kaja Kallas said Nicolás Maduro lacked the legitimacy of an elected president.", "Kaja Kallas", ontology.Criticized, "Nicolás Maduro", true},
		{"reported neutral speech", "Kaja Kallas said Nicolás Maduro won the election.", "Kaja Kallas", ontology.Criticized, "Nicolás Maduro", false},
		{"reported criticism: prepositional object is no target", "\"The attack was a grave provocation by South Korea,\" said North Korea.", "North Korea", ontology.Criticized, "South Korea", false},
		{"joint mediators cooperate", "Egypt, Qatar and the United States have mediated between Israel and Hamas since October.", "Qatar", ontology.CooperatedWith, "United States", true},
		{"joint signatories", "France and Germany signed the treaty on Monday.", "France", ontology.CooperatedWith, "Germany", true},
		{"met each other", "Emmanuel Macron and Olaf Scholz met on Monday.", "Emmanuel Macron", ontology.MetWith, "Olaf Scholz", true},
		{"met someone else", "Emmanuel Macron and Olaf Scholz met Joe Biden on Monday.", "Emmanuel Macron", ontology.MetWith, "Olaf Scholz", false},
		{"source is no conjunct", "Malaysia has kept a policy which, according to AFP, the European Union and the United States have criticised.", "Agence France-Presse", ontology.Criticized, "Malaysia", false},
		{"verb series shares subject", "The European Union closed its borders, halted all flights and froze Niger's assets on Monday.", "European Union", ontology.Sanctioned, "Niger", true},
		{"conditional threat", "The African Union warned that it could use force if Russia did not withdraw.", "African Union", ontology.Threatened, "Russia", true},
		{"warning without threat cue", "The African Union warned that the talks could fail if Russia did not withdraw.", "African Union", ontology.Threatened, "Russia", false},
		{"vowed revenge", "Hezbollah vowed revenge against Israel on Sunday.", "Hezbollah", ontology.Threatened, "Israel", true},
		{"negated vow", "Hezbollah never vowed revenge against Israel.", "Hezbollah", ontology.Threatened, "Israel", false},
		{"ultimatum", "The European Union gave Russia one week to withdraw its troops.", "European Union", ontology.Demanded, "Russia", true},
		{"gift is no ultimatum", "The European Union gave Ukraine new weapons to defend itself.", "European Union", ontology.Demanded, "Ukraine", false},
		{"demanded that", "The European Union demanded that Russia withdraw its troops.", "European Union", ontology.Demanded, "Russia", true},
		{"the two men", "Emmanuel Macron received Olaf Scholz on Monday. The two men stressed the need for calm and rejected any Russian annexation.", "Olaf Scholz", ontology.Rejected, "Russia", true},
		{"the two men, three named", "Emmanuel Macron received Olaf Scholz and Joe Biden on Monday. The two men condemned Russia.", "Olaf Scholz", ontology.Criticized, "Russia", false},
		{"regional collective", "West African leaders imposed sanctions on Niger on Sunday. The Economic Community of West African States met in Abuja.", "Economic Community of West African States", ontology.Sanctioned, "Niger", true},
		{"regional collective without body", "West African leaders imposed sanctions on Niger on Sunday.", "African Union", ontology.Sanctioned, "Niger", false},
		{"light verb in verb series", "Canada recalled its ambassador, and immediately imposed sanctions on Iran.", "Canada", ontology.Sanctioned, "Iran", true},
		{"bounty", "The State Department offered $10 million for Interior Minister Diosdado Cabello.", "United States Department of State", ontology.Sanctioned, "Diosdado Cabello", true},
		{"coordinated bounty", "The State Department offered $25 million for Nicolás Maduro and $15 million for Defence Minister Vladimir Padrino.", "United States Department of State", ontology.Sanctioned, "Vladimir Padrino", true},
		{"aid is no bounty", "The European Union offered $15 million for Ukraine.", "European Union", ontology.Sanctioned, "Ukraine", false},
		{"reported demand", "Emmanuel Macron said Russia must withdraw its troops from Ukraine.", "Emmanuel Macron", ontology.Demanded, "Russia", true},
		{"reported demand has to", "Emmanuel Macron said Russia has to withdraw its troops.", "Emmanuel Macron", ontology.Demanded, "Russia", true},
		{"reported prediction", "Emmanuel Macron said Russia will withdraw its troops.", "Emmanuel Macron", ontology.Demanded, "Russia", false},
		{"reported retribution", "After the attack on Russia, Dmitry Medvedev declared that retribution is inevitable.", "Dmitry Medvedev", ontology.Threatened, "Russia", false},
		{"reported retribution for", "The strike was a blow for Ukraine, and Dmitry Medvedev declared on Telegram that retribution is inevitable.", "Dmitry Medvedev", ontology.Threatened, "Ukraine", true},
		{"clause coordination is no subject", "Russia attacked Ukraine, and Germany condemned Russia.", "Ukraine", ontology.Criticized, "Russia", false},
		{"fronted place is no conjunct", "At the United Nations, Joe Biden condemned Russia.", "United Nations", ontology.Criticized, "Russia", false},
		{"series of three", "France, Germany and Italy condemned Russia.", "France", ontology.Criticized, "Russia", true},
		{"called on", "Emmanuel Macron called on Russia to withdraw.", "Emmanuel Macron", ontology.AppealedTo, "Russia", true},
		{"called X something", "Emmanuel Macron called the talks on Russia useful.", "Emmanuel Macron", ontology.AppealedTo, "Russia", false},
		{"spoke with", "Joe Biden spoke with Emmanuel Macron on Tuesday.", "Joe Biden", ontology.MetWith, "Emmanuel Macron", true},
		{"sided with", "Hungary sided with Russia on the sanctions.", "Hungary", ontology.Supported, "Russia", true},
		{"lashed out at", "Viktor Orbán lashed out at the European Union on Friday.", "Viktor Orbán", ontology.Criticized, "European Union", true},
		{"lauded", "Viktor Orbán lauded Donald Trump on Friday.", "Viktor Orbán", ontology.Supported, "Donald Trump", true},
		{"alongside", "Emmanuel Macron spoke at a news conference in Paris alongside Olaf Scholz.", "Emmanuel Macron", ontology.MetWith, "Olaf Scholz", true},
		{"alongside without appearing", "Emmanuel Macron fought alongside Olaf Scholz.", "Emmanuel Macron", ontology.MetWith, "Olaf Scholz", false},
		{"training police", "Egypt was training Palestinian police to take over security.", "Egypt", ontology.Supported, "Palestine", true},
		{"sat down with", "Joe Biden sat down with Emmanuel Macron on Tuesday.", "Joe Biden", ontology.MetWith, "Emmanuel Macron", true},
		{"statement as subject", "In a Telegram post on Tuesday, Volodymyr Zelenskyy thanked Germany. The post also accused Russia of lying.", "Volodymyr Zelenskyy", ontology.Criticized, "Russia", true},
		{"statement without author", "The post also accused Russia of lying.", "Telegram", ontology.Criticized, "Russia", false},
		{"whose dated attack", "Hostages are held by Hamas, the Palestinian group whose October 7 attack on Israel triggered the war.", "Hamas", ontology.Attacked, "Israel", true},
		{"killing by means", "Hezbollah vowed revenge for the killing of Fuad Shukr in an Israeli air strike on Beirut.", "Israel", ontology.Attacked, "Fuad Shukr", true},
		{"killing without agent", "Hezbollah vowed revenge for the killing of Fuad Shukr last month.", "Hezbollah", ontology.Attacked, "Fuad Shukr", false},
		{"reduced relative", "Critics of Donald Trump's policies regarding Muslims traveling to Canada spoke out.", "Donald Trump", ontology.Visited, "Canada", false},
		{"participle clause", "A Hamas delegation has spent days in Cairo meeting Egyptian officials.", "Hamas", ontology.MetWith, "Egypt", true},
		{"expletive it", "Yvette Cooper said her party has backed the idea, and said it was damning that the Home Office is not doing this already.", "Yvette Cooper", ontology.Criticized, "Home Office", true},
		{"far judgement", "Hezbollah said the operation had hit 11 positions in the south of the country over the past two nights, and called it the first phase of its response to the aggression.", "Hezbollah", ontology.Criticized, "Israel", false},
		{"talks between", "The talks between Egypt and Qatar resumed on Monday.", "Egypt", ontology.MetWith, "Qatar", true},
	}
	runTripleCases(t, "frames", cases)
}

// TestInteractionFramesEdges feeds the rules sentences cut off where they
// look ahead or behind; they must not panic.
func TestInteractionFramesEdges(t *testing.T) {
	for _, text := range []string{
		"Emmanuel Macron said Russia must",
		"Emmanuel Macron said Russia has",
		"The European Union gave Russia",
		"The European Union gave Russia one week",
		"The State Department offered $",
		"The State Department offered $10 million for",
		"The two men",
		"Both countries condemned",
		"alongside Olaf Scholz",
		"Emmanuel Macron spoke alongside",
		"After a session with Emmanuel Macron",
		"After a session with Emmanuel Macron,",
		"Qatar's",
		"Qatar's prime minister",
		"West African leaders",
		"Hezbollah vowed",
		"Russia's war in",
		"sanctioned eight officials, among",
		"sanctioned eight officials, including",
		"France, Germany and",
		"called on",
		"Dmitry Medvedev declared that retribution",
	} {
		extractText(t, "edges", text)
	}
}
