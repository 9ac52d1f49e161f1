package loader

import (
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// TestStaticRelations checks offices, memberships and titles read by
// roles.go, appositives.go and memberships.go, one made-up sentence per
// pattern; want false means the triple must not appear.
func TestStaticRelations(t *testing.T) {
	cases := []tripleCase{
		{"member appositive", "Poland, a member of NATO, sent more troops on Monday.", "Poland", ontology.MemberOf, "North Atlantic Treaty Organization", true},
		{"founding member", "France, a founding member of the European Union, objected on Friday.", "France", ontology.MemberOf, "European Union", true},
		{"acronym member", "Hungary, an EU member, vetoed the package on Monday.", "Hungary", ontology.MemberOf, "European Union", true},
		{"member before name", "NATO member Turkey blocked the request on Tuesday.", "Turkey", ontology.MemberOf, "North Atlantic Treaty Organization", true},
		{"joined", "Sweden formally joined NATO in March.", "Sweden", ontology.MemberOf, "North Atlantic Treaty Organization", true},
		{"applied to join", "Ukraine applied to join NATO in 2022.", "Ukraine", ontology.MemberOf, "North Atlantic Treaty Organization", false},
		{"wants to join", "Georgia wants to join the European Union.", "Georgia", ontology.MemberOf, "European Union", false},
		{"would join", "Officials said Moldova would join the European Union within a decade.", "Moldova", ontology.MemberOf, "European Union", false},
		{"guest is no member", "Ukraine, a guest of NATO, attended the summit.", "Ukraine", ontology.MemberOf, "North Atlantic Treaty Organization", false},
		{"critic is no member", "Russia, a critic of NATO, boycotted the summit.", "Russia", ontology.MemberOf, "North Atlantic Treaty Organization", false},
		{"title of the body before name", "Chief executive of the World Food Programme Cindy McCain warned of famine.", "Cindy McCain", ontology.OfficialOf, "World Food Programme", true},
		{"sheriff", "Harris County Sheriff Tom Baker said the suspect was arrested.", "Tom Baker", ontology.Role, "sheriff", true},
		{"first name is no title", "The prize was founded by Dean Walker in 1990.", "Dean Walker", ontology.Role, "dean", false},
		{"most senior", "The group mourned Ali Hassan, its most senior commander, on Sunday. Hezbollah said he was killed in Beirut.", "Ali Hassan", ontology.Role, "senior commander", true},
		{"possessive before body modifier", "Diplomats credited Brazil's BRICS sherpa, Carla Souza, with the final text.", "Carla Souza", ontology.OfficialOf, "Brazil", true},
		{"body modifier is not the employer", "Diplomats credited Brazil's BRICS sherpa, Carla Souza, with the final text.", "Carla Souza", ontology.OfficialOf, "BRICS", false},
		{"head of the legislature", "Protesters gathered outside the Knesset. Yuli Edelstein, the head of the legislature, called for calm in Israel.", "Yuli Edelstein", ontology.LeaderOf, "Knesset", true},
		{"two legislatures: no guess", "The Bundestag and the Knesset sent delegations. Anna Weber, the head of the legislature, spoke first.", "Anna Weber", ontology.LeaderOf, "Knesset", false},
		{"shared party possessive", "Labour's Keir Starmer and Rachel Reeves visited the plant on Monday.", "Rachel Reeves", ontology.MemberOf, "Labour Party", true},
		{"shared country possessive is no office", "Russia's Vladimir Putin and Xi Jinping met in Moscow on Monday.", "Xi Jinping", ontology.OfficialOf, "Russia", false},
		{"himself as head", "Colonel Omar Diallo, who has led the army since 2015, declared himself on Sunday as head of the new Transitional Council of Mali.", "Omar Diallo", ontology.LeaderOf, "Transitional Council of Mali", true},
		{"someone else as head", "Colonel Omar Diallo said on Sunday that Amadou Sow would serve as head of the Transitional Council of Mali.", "Omar Diallo", ontology.LeaderOf, "Transitional Council of Mali", false},
		{"member of party", "Maria Silva of the Workers' Party won the seat.", "Maria Silva", ontology.MemberOf, "Workers' Party", true},
		{"name of a constituency", "Peter Wong of the Labour Party constituency office spoke.", "Peter Wong", ontology.MemberOf, "Labour Party", false},
		{"candidate holds no office", "Chile's candidate, Pablo Rojas, promised reforms on Monday.", "Pablo Rojas", ontology.OfficialOf, "Chile", false},
		{"candidate keeps the role", "Chile's candidate, Pablo Rojas, promised reforms on Monday.", "Pablo Rojas", ontology.Role, "candidate", true},
		{"venue in city", "The leaders met at the Lusail Stadium complex in Doha on Sunday.", "Lusail Stadium", ontology.LocatedIn, "Doha", true},
		{"venue noun far from in", "The leaders met at Lusail Stadium before flying in to Doha.", "Lusail Stadium", ontology.LocatedIn, "Doha", false},
		{"title of body before comma", "The secretary general of the World Health Organization, Tedros Adhanom Ghebreyesus, warned of a new outbreak.", "Tedros Adhanom Ghebreyesus", ontology.LeaderOf, "World Health Organization", true},
		{"title of body in parentheses", "The president of WFP (World Food Programme), Anna Berg, asked for funds.", "Anna Berg", ontology.LeaderOf, "World Food Programme", true},
		{"title of region", "The governor of the Lombardy region, Marco Villa, objected.", "Marco Villa", ontology.Role, "governor", true},
		{"resigned as", "Maxime Dubois was forced to resign as foreign minister in May.", "Maxime Dubois", ontology.Role, "foreign minister", true},
		{"recognised as", "Several governments recognise Maxime Dubois as president-elect.", "Maxime Dubois", ontology.Role, "president-elect", false},
		{"member of the council", "Soldiers formed the Supreme Council for National Recovery on Friday. Colonel Ali Traore, a member of the ruling council, spoke on television.", "Ali Traore", ontology.MemberOf, "Supreme Council for National Recovery", true},
		{"two councils: no guess", "The Supreme Council for National Recovery met the Security Council on Friday. Colonel Ali Traore, a member of the council, spoke.", "Ali Traore", ontology.MemberOf, "Supreme Council for National Recovery", false},
		{"director general leads", "Rafael Grossi, director general of the International Atomic Energy Agency, visited the plant.", "Rafael Grossi", ontology.LeaderOf, "International Atomic Energy Agency", true},
		{"other members", "Japan, Germany and other G7 members agreed on the plan.", "Japan", ontology.MemberOf, "Group of Seven", true},
		{"both members", "Hungary and Slovakia, both EU members, objected to the plan.", "Hungary", ontology.MemberOf, "European Union", true},
		{"list without members", "Japan, Germany and the G7 agreed on the plan.", "Japan", ontology.MemberOf, "Group of Seven", false},
		{"party initial", "Republicans hold the Senate. Sen. Ted Cruz (R-Texas) opposed the bill.", "Ted Cruz", ontology.MemberOf, "Republican Party", true},
		{"party initial, party not named", "Sen. Ted Cruz (R-Texas) opposed the bill.", "Ted Cruz", ontology.MemberOf, "Republican Party", false},
		{"second appositive membership", "Boris Pistorius, Germany's defence minister and a member of the Social Democratic Party, visited Kyiv.", "Boris Pistorius", ontology.MemberOf, "Social Democratic Party", true},
		{"membership of someone else", "Boris Pistorius, who met a member of the Social Democratic Party, visited Kyiv.", "Boris Pistorius", ontology.MemberOf, "Social Democratic Party", false},
		{"branch chief is no leader of the country", "Israel's army chief Herzi Halevi resigned on Tuesday.", "Herzi Halevi", ontology.LeaderOf, "Israel", false},
		{"branch chief serves the country", "Israel's army chief Herzi Halevi resigned on Tuesday.", "Herzi Halevi", ontology.OfficialOf, "Israel", true},
		{"chief leads", "NATO chief Mark Rutte responded on Friday.", "Mark Rutte", ontology.LeaderOf, "North Atlantic Treaty Organization", true},
		{"head of a branch", "Mohammed Deif, the head of Hamas's military wing, was killed.", "Mohammed Deif", ontology.LeaderOf, "Hamas", false},
		{"head of a branch serves the body", "Mohammed Deif, the head of Hamas's military wing, was killed.", "Mohammed Deif", ontology.OfficialOf, "Hamas", true},
		{"who is also", "Kenya's interior minister Kithure Kindiki spoke. Kindiki, who is also deputy president, declined to comment.", "Kithure Kindiki", ontology.Role, "deputy president", true},
		{"led by", "The Rapid Support Forces, led by Mohamed Hamdan Dagalo, rejected the deal.", "Mohamed Hamdan Dagalo", ontology.LeaderOf, "Rapid Support Forces", true},
		{"led by someone's deputy", "The Rapid Support Forces, led by Mohamed Hamdan Dagalo's brother, rejected the deal.", "Mohamed Hamdan Dagalo", ontology.LeaderOf, "Rapid Support Forces", false},
		{"body inside the title", "Israeli military spokesman Daniel Hagari said the strikes continued.", "Daniel Hagari", ontology.OfficialOf, "Israel Defense Forces", true},
		{"body inside the title, role", "Israeli military spokesman Daniel Hagari said the strikes continued.", "Daniel Hagari", ontology.Role, "spokesman", true},
		{"modified body title after", "Basem Naim, a senior Hamas official, said the proposal was acceptable.", "Basem Naim", ontology.OfficialOf, "Hamas", true},
		{"modified body title before", "A senior Hezbollah official, Mahmoud Qmati, denied the report.", "Mahmoud Qmati", ontology.OfficialOf, "Hezbollah", true},
		{"modified body title role", "A senior Hezbollah official, Mahmoud Qmati, denied the report.", "Mahmoud Qmati", ontology.Role, "official", true},
		{"is a member of", "Mexico is a founding member of the Organization of American States.", "Mexico", ontology.MemberOf, "Organization of American States", true},
		{"is not a member of", "Mexico is not a member of NATO.", "Mexico", ontology.MemberOf, "North Atlantic Treaty Organization", false},
		{"appositive place noun in", "Floods hit Derna, a city in eastern Libya, on Sunday.", "Derna", ontology.LocatedIn, "Libya", true},
		{"appositive demonym place", "Aid arrived in Port Sudan, the Sudanese port city, on Monday.", "Port Sudan", ontology.LocatedIn, "Sudan", true},
		{"in southern", "Rescuers reached Khan Younis in southern Gaza on Friday.", "Khan Younis", ontology.LocatedIn, "Gaza Strip", true},
		{"place noun of another clause", "Troops left Derna, a city Egypt shelled in Libya, on Sunday.", "Derna", ontology.LocatedIn, "Egypt", false},
		{"copula title", "Volodymyr Zelenskyy is Ukraine's president.", "Volodymyr Zelenskyy", ontology.LeaderOf, "Ukraine", true},
		{"copula title of", "Ana Lopez is the foreign minister of Chile.", "Ana Lopez", ontology.OfficialOf, "Chile", true},
		{"copula someone else's title", "Hunter Biden is the president's son. Chile was mentioned in Chile's press.", "Hunter Biden", ontology.Role, "president", false},
		{"past copula is no current office", "Ana Lopez was the foreign minister of Chile.", "Ana Lopez", ontology.OfficialOf, "Chile", false},
		{"qualified title", "Undersecretary for Health Mr. Rossi said hospitals were full.", "Rossi", ontology.Role, "undersecretary for health", true},
	}
	runTripleCases(t, "static", cases)
}
