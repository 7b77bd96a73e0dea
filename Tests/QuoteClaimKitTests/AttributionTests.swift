import Testing
@testable import QuoteClaimKit

/// One small case per attribution form: input text → quote, speaker, and
/// the words that named the speaker.
@Suite("attribution")
struct AttributionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let form: String
        let text: String
        let quote: String
        let speaker: String?
        let asWritten: String?
        var testDescription: String { form }
    }

    static let cases: [Case] = [
        Case(form: "“…,” X said", text: "“We will not back down on this,” Josep Borrell said.",
             quote: "We will not back down on this,", speaker: "Josep Borrell", asWritten: "Josep Borrell"),
        Case(form: "“…,” said X", text: "“We will not back down on this,” said Josep Borrell.",
             quote: "We will not back down on this,", speaker: "Josep Borrell", asWritten: "Josep Borrell"),
        Case(form: "X said: “…”", text: "Josep Borrell said: “We will not back down on this.”",
             quote: "We will not back down on this.", speaker: "Josep Borrell", asWritten: "Josep Borrell"),
        Case(form: "X told Reuters: “…”", text: "Josep Borrell told Reuters: “We will not back down on this.”",
             quote: "We will not back down on this.", speaker: "Josep Borrell", asWritten: "Josep Borrell"),
        Case(form: "according to X, “…”", text: "According to Josep Borrell, “we will not back down on this.”",
             quote: "we will not back down on this.", speaker: "Josep Borrell", asWritten: "Josep Borrell"),
        Case(form: "X, the spokeswoman, said “…”",
             text: "Sabrina Singh, the spokeswoman, said: “It would be a miscalculation for China.”",
             quote: "It would be a miscalculation for China.", speaker: "Sabrina Singh", asWritten: "Sabrina Singh, the spokeswoman,"),
        Case(form: "attribution in the sentence before",
             text: "NATO Secretary General Jens Stoltenberg told reporters in Brussels:\n“We have seen signs that they are considering it.”",
             quote: "We have seen signs that they are considering it.", speaker: "Jens Stoltenberg", asWritten: "NATO Secretary General Jens Stoltenberg"),
        Case(form: "a quote continuing the speaker's paragraph",
             text: "“Of course we expect sanctions,” Antonov said. “There is no telling what they will be.”",
             quote: "There is no telling what they will be.", speaker: "Antonov", asWritten: "Antonov"),
        Case(form: "cue beyond said: shot back",
             text: "“That is simply not how it happened,” Warren shot back.",
             quote: "That is simply not how it happened,", speaker: "Warren", asWritten: "Warren"),
        Case(form: "surname linked to the full name",
             text: "NATO Secretary General Jens Stoltenberg arrived. “We will stay the course,” Stoltenberg said.",
             quote: "We will stay the course,", speaker: "Jens Stoltenberg", asWritten: "Stoltenberg"),
        Case(form: "honorific and surname", text: "Josep Borrell spoke first. “We will stay the course,” Mr Borrell said.",
             quote: "We will stay the course,", speaker: "Josep Borrell", asWritten: "Mr Borrell"),
        Case(form: "pronoun → most recent person",
             text: "NATO Secretary General Jens Stoltenberg spoke first. “China should not support the war,” he added.",
             quote: "China should not support the war,", speaker: "Jens Stoltenberg", asWritten: "he"),
        Case(form: "description → person introduced with that role",
             text: "NATO Secretary General Jens Stoltenberg spoke. Later, “we will stay the course,” said the secretary general of the Alliance.",
             quote: "we will stay the course,", speaker: "Jens Stoltenberg", asWritten: "the secretary general of the Alliance"),
        Case(form: "description → role word (spokeswoman)",
             text: "Department of Defense spokeswoman Sabrina Singh spoke to the press. “It would be a miscalculation,” the spokeswoman said.",
             quote: "It would be a miscalculation,", speaker: "Sabrina Singh", asWritten: "the spokeswoman"),
        Case(form: "organisation as speaker",
             text: "“NATO continues to expand its scope,” the Chinese Mission in the EU said.",
             quote: "NATO continues to expand its scope,", speaker: "Chinese Mission in the EU", asWritten: "the Chinese Mission in the EU"),
        Case(form: "group as speaker",
             text: "“The president made it clear that Russia is ready,” Baijiahao journalists stated.",
             quote: "The president made it clear that Russia is ready,", speaker: "Baijiahao journalists", asWritten: "Baijiahao journalists"),
        Case(form: "glued name and cue (Blinkenwarned)",
             text: "Secretary of State Anthony Blinkenwarned: “There will be consequences for this.”",
             quote: "There will be consequences for this.", speaker: "Anthony Blinken", asWritten: "Secretary of State Anthony Blinken"),
        Case(form: "a nickname inside the name, a relative as the description",
             text: "“We have to show that we have his back!” Scott’s niece, state Del. Marcia “Cia” Price (D-Newport News), shouted.",
             quote: "We have to show that we have his back!", speaker: "Marcia Price",
             asWritten: "Scott’s niece, state Del. Marcia “Cia” Price (D-Newport News),"),
        Case(form: "a nickname inside a full name", text: "Rep. Robert C. “Bobby” Scott spoke. “It is a big year,” Scott said.",
             quote: "It is a big year,", speaker: "Robert C. Scott", asWritten: "Scott"),
        Case(form: "a title's gender: Mr. Obama is not Michelle Obama", text: "Michelle Obama spoke first. “We must vote,” Mr. Obama said.",
             quote: "We must vote,", speaker: "Obama", asWritten: "Mr. Obama"),
        Case(form: "a description points back, not to someone named later",
             text: "“We will not back down,” the minister said. Foreign Minister Sergei Lavrov arrived later.",
             quote: "We will not back down,", speaker: "minister", asWritten: "the minister"),
        Case(form: "a titled surname is a person for a later pronoun", text: "President Obama said the museum mattered. “We must vote,” he added.",
             quote: "We must vote,", speaker: "Obama", asWritten: "he"),
        Case(form: "a description is not another description named before",
             text: "The prime minister said the talks failed. “We will not be bullied,” the chancellor said.",
             quote: "We will not be bullied,", speaker: "chancellor", asWritten: "the chancellor"),
        Case(form: "“…,” X was quoted as saying", text: "“Poland is playing a dangerous game,” Lukashenko was quoted as saying.",
             quote: "Poland is playing a dangerous game,", speaker: "Lukashenko", asWritten: "Lukashenko"),
        Case(form: "a role word before the name: wrote columnist X", text: "“It is time to stop pretending,” wrote columnist Mark Jones in the Daily Mail.",
             quote: "It is time to stop pretending,", speaker: "Mark Jones", asWritten: "columnist Mark Jones in the Daily Mail"),
        Case(form: "an unnamed source without its clause",
             text: "A senior EU official, who spoke on condition of anonymity, said: “Everything is on the table.”",
             quote: "Everything is on the table.", speaker: "A senior EU official",
             asWritten: "A senior EU official, who spoke on condition of anonymity,"),
        Case(form: "a possessive description before the name: X council’s leader, Y, said",
             text: "Calderdale council's leader, Jane Scullion, said the authority had done \"everything humanly possible\".",
             quote: "everything humanly possible", speaker: "Jane Scullion", asWritten: "Calderdale council's leader, Jane Scullion,"),
        Case(form: "a role before the comma makes the name a person for a later pronoun",
             text: "Her neighbour, Dev Patel, said the water rose fast. He added: \"By the time we realised, the ground floor was gone.\"",
             quote: "By the time we realised, the ground floor was gone.", speaker: "Dev Patel", asWritten: "He"),
        Case(form: "a particle joined to a surname: Ahmed al-Sahaf",
             text: "“This is a flagrant violation of our sovereignty,” ministry spokesman Ahmed al-Sahaf said in a statement.",
             quote: "This is a flagrant violation of our sovereignty,", speaker: "Ahmed al-Sahaf", asWritten: "ministry spokesman Ahmed al-Sahaf"),
        Case(form: "an owner's description names no body of another owner",
             text: "Iraq's foreign ministry accused Turkey of the strike. Turkey's defense ministry rejected that. “Utmost care is taken,” the ministry said.",
             quote: "Utmost care is taken,", speaker: "Turkey's defense ministry", asWritten: "the ministry"),
        Case(form: "a denial verb names a speaker for a later pronoun",
             text: "Lisa Harmon spoke first. Campaign manager Rita Voss, reached by phone, disputed the account. “That is simply not what happened,” she said.",
             quote: "That is simply not what happened,", speaker: "Rita Voss", asWritten: "she"),
        Case(form: "a definite description is never an indefinite one named before",
             text: "A team owner threatens to leave. The mayor says the new stadium will “pay for itself in ten years.”",
             quote: "pay for itself in ten years.", speaker: "mayor", asWritten: "The mayor"),
        Case(form: "a first name set off after a person noun is a person; a first name gives gender",
             text: "“The river is my life,” says Ion Popescu. His daughter, Elena, runs the ticket booth. “People would rather drive an hour,” she says.",
             quote: "People would rather drive an hour,", speaker: "Elena", asWritten: "she"),
        Case(form: "a job or sports role as the speaker: the rookie said",
             text: "“I'm just happy to be here,” the rookie said after the game.",
             quote: "I'm just happy to be here,", speaker: "rookie", asWritten: "the rookie"),
        Case(form: "capitalized role words before the name are no part of it; a role word as surname is",
             text: "“Our business is in a difficult position,” Chief Executive Kelly Ortberg said.",
             quote: "Our business is in a difficult position,", speaker: "Kelly Ortberg", asWritten: "Chief Executive Kelly Ortberg"),
        Case(form: "a person noun as surname stays in the name",
             text: "Paul Farmer spoke first. “Health care is a human right,” Farmer said.",
             quote: "Health care is a human right,", speaker: "Paul Farmer", asWritten: "Farmer"),
        Case(form: "a name given with a person's role is a person, even one the index does not confirm",
             text: "Macron spoke on Monday. The leader of the CGT union, Zorana Binet, said the talks had failed. “We will strike again on Thursday,” she said.",
             quote: "We will strike again on Thursday,", speaker: "Zorana Binet", asWritten: "she"),
        Case(form: "a role after a possessive pronoun is someone of theirs, not the last person named",
             text: "“We are ready,” said Stephen Richer, the county recorder. Her campaign manager said in an email that “the people of Arizona deserve answers.”",
             quote: "the people of Arizona deserve answers.", speaker: "campaign manager", asWritten: "Her campaign manager"),
        Case(form: "a pronoun that opens a sentence is the subject of the sentence before when nobody spoke in it",
             text: "Mitch McConnell said the deal showed the chamber could still work. Sen. Tommy Tuberville voted against the bill. He said: “It does not go far enough to restrict spending.”",
             quote: "It does not go far enough to restrict spending.", speaker: "Tommy Tuberville", asWritten: "He"),
        Case(form: "the last speaker stays the antecedent when the sentence before names someone who spoke",
             text: "Tommy Tuberville voted against it. Mitch McConnell said the deal would hold. He added: “The House will accept our version.”",
             quote: "The House will accept our version.", speaker: "Mitch McConnell", asWritten: "He"),
        Case(form: "a name set off after a possessive and a noun no lexicon knows",
             text: "Rachel Reeves spoke first. Reeves’s shadow, Jeremy Hunt, said the chancellor was ‘talking down the economy’.",
             quote: "talking down the economy", speaker: "Jeremy Hunt", asWritten: "Reeves’s shadow, Jeremy Hunt,"),
        Case(form: "role words after an owner, then the name: China's foreign ministry spokesman Lin Jian",
             text: "China's foreign ministry spokesman Lin Jian confirmed the deal, saying the two sides had “reached a resolution on the issues.”",
             quote: "reached a resolution on the issues.", speaker: "Lin Jian", asWritten: "China's foreign ministry spokesman Lin Jian"),
        Case(form: "an unknown name before 'of the …': the name",
             text: "“This is a first step, not a breakthrough,” said Harsh Pant of the Observer Research Foundation in New Delhi.",
             quote: "This is a first step, not a breakthrough,", speaker: "Harsh Pant",
             asWritten: "Harsh Pant of the Observer Research Foundation in New Delhi"),
        Case(form: "a publication quoting someone as saying",
             text: "The state-run Global Times quoted an unnamed expert as saying the deal showed “mutual trust is being rebuilt.”",
             quote: "mutual trust is being rebuilt.", speaker: "an unnamed expert", asWritten: "an unnamed expert"),
        Case(form: "a title word as surname after a first name: Stephen King",
             text: "Stephen King spoke first. “It was my best book,” King said.",
             quote: "It was my best book,", speaker: "Stephen King", asWritten: "King"),
        Case(form: "military rank abbreviations do not end the sentence: Maj. Gen. Pat Ryder",
             text: "A Pentagon spokesman, Maj. Gen. Pat Ryder, said the United States remained “committed to Israel's defense.”",
             quote: "committed to Israel's defense.", speaker: "Pat Ryder", asWritten: "A Pentagon spokesman, Maj. Gen. Pat Ryder,"),
        Case(form: "a hyphenated office before the name: WHO Director-General Tedros Adhanom Ghebreyesus",
             text: "“The spread is very worrying,” WHO Director-General Tedros Adhanom Ghebreyesus said.",
             quote: "The spread is very worrying,", speaker: "Tedros Adhanom Ghebreyesus", asWritten: "WHO Director-General Tedros Adhanom Ghebreyesus"),
        Case(form: "people of a lower-case owner are not the people named last",
             text: "Prince Abdulaziz bin Salman said the cut was a precaution. In a note to clients, the bank's analysts said the cut “reinforces our view of the market.”",
             quote: "reinforces our view of the market.", speaker: "bank's analysts", asWritten: "the bank's analysts"),
        Case(form: "a nationality noun is a description of a person: the Spaniard",
             text: "Manchester City boss Pep Guardiola spoke first. “It is far from over,” the Spaniard said.",
             quote: "It is far from over,", speaker: "Pep Guardiola", asWritten: "the Spaniard"),
        Case(form: "a description after a newcomer who opens the sentence before is the newcomer, not the last speaker",
             text: "“It's a soft penalty,” Mikel Arteta said.\n\nBrentford boss Thomas Frank was more upbeat. “I'm so proud of the players,” the Dane said.",
             quote: "I'm so proud of the players,", speaker: "Thomas Frank", asWritten: "the Dane"),
        Case(form: "a title in the description must be the newcomer's: the president is not the senator introduced before",
             text: "“We will veto it,” President Joe Biden said. Senator Susan Collins met reporters on Monday. “The bill is dead,” the president said.",
             quote: "The bill is dead,", speaker: "Joe Biden", asWritten: "the president"),
        Case(form: "an owner's noun before a name set off by commas: his solicitor, Mark Ellis",
             text: "John Harwood denied the charges. His solicitor, Mark Ellis, said his client would appeal. “Mr Harwood maintains his innocence,” he said.",
             quote: "Mr Harwood maintains his innocence,", speaker: "Mark Ellis", asWritten: "he"),
        Case(form: "words after a name that end in a verb are no apposition: the Finnish leader is not the Swede named before",
             text: "Finnish President Alexander Stubb rejected the criticism. Speaking at a joint press conference with Swedish Prime Minister Ulf Kristersson, the Finnish leader said: “This is a defensive agreement.”",
             quote: "This is a defensive agreement.", speaker: "Alexander Stubb", asWritten: "the Finnish leader"),
        Case(form: "a former role does not match someone who holds it now: the former Dutch prime minister is not the Swedish one",
             text: "Swedish Prime Minister Ulf Kristersson met reporters. NATO Secretary General Mark Rutte said the alliance was ready. “We will defend every inch,” the former Dutch prime minister added.",
             quote: "We will defend every inch,", speaker: "Mark Rutte", asWritten: "the former Dutch prime minister"),
        Case(form: "a pronoun after an opening participle phrase is the subject of the sentence before",
             text: "“These claims are a lie,” spokesman Nasser Kanani said. Iranian President Masoud Pezeshkian has sought to ease tensions. Speaking to reporters in Tehran, he said: “We are ready to talk.”",
             quote: "We are ready to talk.", speaker: "Masoud Pezeshkian", asWritten: "he"),
        Case(form: "a clause before a comma is no opening phrase: the pronoun is the last speaker",
             text: "“These claims are a lie,” spokesman Nasser Kanani said. Iranian President Masoud Pezeshkian has sought to ease tensions. The talks are over, he said: “We are done.”",
             quote: "We are done.", speaker: "Nasser Kanani", asWritten: "he"),
        Case(form: "names in a list with commas are one group, written as listed",
             text: "Britain, France and Germany said in a joint statement that the transfers were “a further escalation of the war.”",
             quote: "a further escalation of the war.", speaker: "Britain, France and Germany", asWritten: "Britain, France and Germany"),
        Case(form: "a lead's description is not someone named next with other capitalized modifiers: State Department vs Chinese Foreign Ministry",
             text: "The United States condemned the launch. A State Department spokesperson urged Pyongyang to “refrain from further destabilising actions”.\n\nChinese Foreign Ministry spokesperson Mao Ning called for restraint.",
             quote: "refrain from further destabilising actions", speaker: "A State Department spokesperson", asWritten: "A State Department spokesperson"),
        Case(form: "a body noun before a name: the agency Xinhua",
             text: "Talks ended. “The talks were fruitful,” the agency Xinhua reported.",
             quote: "The talks were fruitful,", speaker: "Xinhua", asWritten: "agency Xinhua"),
        Case(form: "a description's tail runs on to the name after its comma: the spokesman of the Moldovan government, Daniel Voda",
             text: "Moldovan authorities rejected the accusations. “This is another attempt at disinformation,” said the spokesman of the Moldovan government, Daniel Voda.",
             quote: "This is another attempt at disinformation,", speaker: "Daniel Voda", asWritten: "the spokesman of the Moldovan government, Daniel Voda"),
        Case(form: "an expert's view that opens a sentence with the expert's role: For Bonnie Glaser, director of …",
             text: "Analysts agree that the risk is low. For Bonnie Glaser, director of the Indo-Pacific program at the German Marshall Fund, Beijing “wants to intimidate, not to fight”.",
             quote: "wants to intimidate, not to fight", speaker: "Bonnie Glaser", asWritten: "Bonnie Glaser, director of the Indo-Pacific program at the German Marshall Fund,"),
        Case(form: "a headline quote takes the speaker of the body quote that repeats it",
             text: "‘We were lucky’: Residents return after wildfire\n\n‘We were lucky,’ said Joanne Reyes, 71. ‘The house next door is gone.’",
             quote: "We were lucky", speaker: "Joanne Reyes", asWritten: "Joanne Reyes"),
        Case(form: "a verb's object is no source: the EU in 'called the EU claims'",
             text: "Spokeswoman Maria Zakharova called the EU claims “absurd”, saying Western countries were trying to “drive a wedge” between Moscow and Beijing.",
             quote: "drive a wedge", speaker: "Maria Zakharova", asWritten: "Spokeswoman Maria Zakharova"),
        Case(form: "she is the woman who opens the sentence before, where only a body spoke",
             text: "“We were strangers,” Priya Desai said.\n\nKaren Walsh remembers the day the council rejected their petition. “That was a lie,” she said.",
             quote: "That was a lie,", speaker: "Karen Walsh", asWritten: "she"),
        Case(form: "a headline role naming a body is the person the lead opens with when the lead's role words name that body",
             text: "Treasury chief says recession 'not our base case'\n\nTreasury Secretary Janet Yellen said Sunday that a recession was unlikely.",
             quote: "not our base case", speaker: "Janet Yellen", asWritten: "Treasury chief"),
        Case(form: "a surname that opens with its particles: von der Leyen",
             text: "European Commission President Ursula von der Leyen spoke first. “The EU has delivered every euro it promised,” von der Leyen told reporters.",
             quote: "The EU has delivered every euro it promised,", speaker: "Ursula von der Leyen", asWritten: "von der Leyen"),
        Case(form: "he is the one man named where only a woman spoke the sentence before: she asked Whitaker … “…,” he replied",
             text: "“You have been saying that for two years,” Ted Cruz said.\n\nSen. Maria Cantwell, the committee chair, asked Mike Whitaker whether the agency needed more money. “Yes, we do,” he replied.",
             quote: "Yes, we do,", speaker: "Mike Whitaker", asWritten: "he"),
        Case(form: "“the company” under a headline that opens with a business's noun is the business the lead opens with (not “SUVs”)",
             text: "Automaker recalls 400,000 SUVs over fire risk\n\nDETROIT — Stellara Motors is recalling about 400,000 SUVs because a fuel pump can overheat.\n\n“Safety is our top priority,” the company said. Owners of the SUVs were told to park outside.",
             quote: "Safety is our top priority,", speaker: "Stellara Motors", asWritten: "the company"),
        Case(form: "she is no group whose noun a phrase follows: “customers in a video posted …” are people, not a video",
             text: "Stellara's chief executive, Laura Chen, apologized to customers in a video posted on the company's website. “We let you down,” she said.",
             quote: "We let you down,", speaker: "Laura Chen", asWritten: "she"),
        Case(form: "a headline quote with no body quote to repeat it is the headline's subject",
             text: "‘We’re not going anywhere’: residents defy evacuation order\n\nResidents of a mountain town refused to leave on Wednesday.",
             quote: "We’re not going anywhere", speaker: "residents", asWritten: "residents"),
        Case(form: "a former role is no current title: the former Dutch prime minister is the NATO chief",
             text: "Spokesperson Mao Ning said Beijing hoped for restraint. NATO Secretary General Mark Rutte said the alliance would not be intimidated. “We have heard this before,” the former Dutch prime minister said.",
             quote: "We have heard this before,", speaker: "Mark Rutte", asWritten: "the former Dutch prime minister"),
        Case(form: "a description by another name of the office, before a colon that ends the paragraph: the pontiff",
             text: "VATICAN CITY — Pope Francis called for peace on Wednesday.\n\nSpeaking from the balcony, the 88-year-old pontiff said:\n\n“May the weapons fall silent in war-torn Ukraine.”",
             quote: "May the weapons fall silent in war-torn Ukraine.", speaker: "Francis", asWritten: "the 88-year-old pontiff"),
        Case(form: "a pronoun tells a name's gender for later pronouns: she, then he is someone else",
             text: "Journalist Sidharth Varadarajan said the talks would resume. Journalist Rana Ayyub said they had failed. “We will see,” she added. “Neither side will move,” he said.",
             quote: "Neither side will move,", speaker: "Sidharth Varadarajan", asWritten: "he"),
        Case(form: "a role word before an unknown name makes a person for later pronouns: diplomat KC Singh",
             text: "Diplomat Bhavika Mangalanandan spoke. Speaking to ANI, former diplomat KC Singh said the exchange reflected mistrust. “Neither side will move,” he said.",
             quote: "Neither side will move,", speaker: "KC Singh", asWritten: "he"),
        Case(form: "a name after a body named with 'the': seen by The Times, Mr Reed wrote",
             text: "Transport minister Jonathan Reed resigned. In the messages, seen by The Times, Mr Reed wrote: “The whole team are a bunch of clowns.”",
             quote: "The whole team are a bunch of clowns.", speaker: "Jonathan Reed", asWritten: "The Times, Mr Reed"),
        Case(form: "a pronoun after a quote that opens the sentence is the subject of the sentence before",
             text: "NATO Secretary-General Mark Rutte said the alliance would act.\n\nHungary's foreign minister, Peter Szijjarto, struck a different tone. “Sending more weapons only prolongs the war,” he told state media.",
             quote: "Sending more weapons only prolongs the war,", speaker: "Peter Szijjarto", asWritten: "he"),
        Case(form: "titles between an owner's role words and the name: Japan's new Prime Minister Shigeru Ishiba",
             text: "TOKYO (Reuters) - Japan's new Prime Minister Shigeru Ishiba pledged on Friday to face “the most severe security environment since the war”.",
             quote: "the most severe security environment since the war", speaker: "Shigeru Ishiba", asWritten: "Japan's new Prime Minister Shigeru Ishiba"),
        Case(form: "a surname after a title is a person when the full name is never given: President Macron … he",
             text: "French President Macron arrived in Berlin on Sunday. “Europe must defend itself,” he said.",
             quote: "Europe must defend itself,", speaker: "Macron", asWritten: "he"),
        Case(form: "a titled surname is the full name given elsewhere: Mr. Obama is Barack Obama",
             text: "Mr. Obama arrived. Barack Obama spoke on Sunday. “We will win,” he said. Michelle Obama smiled.",
             quote: "We will win,", speaker: "Barack Obama", asWritten: "he"),
        Case(form: "a caller's characterization of someone's remarks is the caller's quote",
             text: "Minyon Moore, a senior adviser, called Mr. Obama's remarks on Saturday “a true wake-up call” to his supporters.",
             quote: "a true wake-up call", speaker: "Minyon Moore", asWritten: "Minyon Moore, a senior adviser,"),
        Case(form: "a name after its organisation's possessive: said CNN's Jake Tapper",
             text: "The moderators were criticized. “We asked every question we could,” said CNN’s Jake Tapper.",
             quote: "We asked every question we could,", speaker: "Jake Tapper", asWritten: "CNN’s Jake Tapper"),
        Case(form: "a group pronoun is the plural noun that opens the sentence before: Prosecutors … they argued",
             text: "Judge Ann Rowe spoke first. Prosecutors had sought a sentence of five years. In court papers, they argued that he “sold his office” for cash.",
             quote: "sold his office", speaker: "Prosecutors", asWritten: "they"),
        Case(form: "a lead's description is who the next paragraph names with that role among other words: the judge",
             text: "A former aide to New York's governor was sentenced, a punishment the judge called “a necessary message” to officials.\n\nU.S. District Judge Valerie Caproni said the aide had abused the public's trust.",
             quote: "a necessary message", speaker: "Valerie Caproni", asWritten: "the judge"),
        Case(form: "a possessive inside a body's name stays: the Alzheimer's Society",
             text: "Patient groups welcomed the trial. The Alzheimer's Society called the results “a real milestone for patients.”",
             quote: "a real milestone for patients.", speaker: "Alzheimer's Society", asWritten: "The Alzheimer's Society"),
        Case(form: "a name given an age is a person, whom she follows rather than the lead's description: Kerry Watson, 34,",
             text: "A furious mother has slammed her son's school.\n\nKerry Watson, 34, said her son was sent home.\n\n'It's absolutely ridiculous,' she told MailOnline.",
             quote: "It's absolutely ridiculous,", speaker: "Kerry Watson", asWritten: "she"),
        Case(form: "a role with a joined phrase, then a place and its region: the mother-of-three, from Rotherham, South Yorkshire,",
             text: "Kerry Watson, 34, spoke first.\n\nThe mother-of-three, from Rotherham, South Yorkshire, said the style was “nothing outrageous, just a normal cut” for a boy.",
             quote: "nothing outrageous, just a normal cut", speaker: "Kerry Watson", asWritten: "The mother-of-three, from Rotherham, South Yorkshire,"),
        Case(form: "a possessive after 'of' is inside the body's name, not an owner before a person: of King's College London",
             text: "Professor Tom Sanders of King's College London, who was not involved in the research, said the study was “observational and could not prove cause and effect.”",
             quote: "observational and could not prove cause and effect.", speaker: "Tom Sanders",
             asWritten: "Professor Tom Sanders of King's College London, who was not involved in the research,"),
        Case(form: "an owner is no word a description shares with an earlier source: Lebanon's health ministry",
             text: "Warplanes struck overnight, Lebanon's state news agency reported. “At least 12 people were killed in the strikes,” Lebanon's health ministry said.",
             quote: "At least 12 people were killed in the strikes,", speaker: "Lebanon's health ministry", asWritten: "Lebanon's health ministry"),
        Case(form: "a nationality alone after 'the' is a person described: the Brazilian",
             text: "Gabriel Martinelli scored late. Martinelli, who had not scored since August, said he dedicated the goal to his grandmother. “She is watching from above,” the Brazilian said.",
             quote: "She is watching from above,", speaker: "Gabriel Martinelli", asWritten: "the Brazilian"),
        Case(form: "with no person known, he is the speaker named by one word: Obama said … he said",
             text: "Obama said the vote mattered. “We will win this fight,” he said.",
             quote: "We will win this fight,", speaker: "Obama", asWritten: "he"),
        Case(form: "an acronym is no one's name for he: NATO said … he said",
             text: "NATO said the vote mattered. “We will win this fight,” he said.",
             quote: "We will win this fight,", speaker: nil, asWritten: "he"),
        Case(form: "she is a speaker whose name the index read but could not confirm, when no person is known",
             text: "Rachael Quillfeather of Wexcombe told the BBC the plan was cruel. She added: “I cannot vote for this, and many colleagues feel the same.”",
             quote: "I cannot vote for this, and many colleagues feel the same.", speaker: "Rachael Quillfeather", asWritten: "She"),
        Case(form: "a pronoun after a quote whose '?' split its sentence is still the subject of the sentence before",
             text: "Margaret Hollis lost everything.\n\nCouncillor Susan Lee rejected that claim. She said the flood was unprecedented.\n\nMrs Hollis is not so sure. “Unprecedented? We had floods in 2000 and 2007,” she said.",
             quote: "Unprecedented? We had floods in 2000 and 2007,", speaker: "Margaret Hollis", asWritten: "she"),
        Case(form: "an indefinite description set off after a name is that person: Rosa Alvarez, a home health aide who told me",
             text: "Consider the case of Rosa Alvarez, a home health aide who told me she works two jobs. “I still can't save anything at all,” she said.",
             quote: "I still can't save anything at all,", speaker: "Rosa Alvarez", asWritten: "she"),
        Case(form: "an owner's body named in capitals is one name: Russia's Defense Ministry (not 'Ministry' after the title Defense)",
             text: "Russia's Defense Ministry said it had hit “energy facilities that support the military,” a claim Kyiv rejected.",
             quote: "energy facilities that support the military,", speaker: "Russia's Defense Ministry", asWritten: "Russia's Defense Ministry"),
        Case(form: "an object pronoun after 'according to' is resolved like its subject form: according to him",
             text: "Foreign Minister Sergey Lavrov spoke on Tuesday. According to him, Moscow remains open to talks, but only “on the basis of equality and mutual respect.”",
             quote: "on the basis of equality and mutual respect.", speaker: "Sergey Lavrov", asWritten: "him"),
        Case(form: "two particles in a name, and its end written with a capital: Ursula von der Leyen … Von der Leyen said",
             text: "European Commission President Ursula von der Leyen pledged aid. “The money comes without conditions,” Von der Leyen said.",
             quote: "The money comes without conditions,", speaker: "Ursula von der Leyen", asWritten: "Von der Leyen"),
        Case(form: "a long name called by a middle word: Luiz Inácio Lula da Silva … Lula said",
             text: "Brazilian President Luiz Inácio Lula da Silva opened the summit. “The forest cannot wait,” Lula said.",
             quote: "The forest cannot wait,", speaker: "Luiz Inácio Lula da Silva", asWritten: "Lula"),
        Case(form: "an age as the description: the 32-year-old said",
             text: "“We showed character today,” Liverpool forward Mohamed Salah said. Asked about his future, the 32-year-old said: “I just want to win the league.”",
             quote: "I just want to win the league.", speaker: "Mohamed Salah", asWritten: "the 32-year-old"),
        Case(form: "a nationality is no office: the Dutchman is the coach named last, not a player without title",
             text: "“We showed character,” Mohamed Salah said. Liverpool head coach Arne Slot admitted his side had been sloppy. “We gave them too much space,” the Dutchman said.",
             quote: "We gave them too much space,", speaker: "Arne Slot", asWritten: "the Dutchman"),
        Case(form: "an opening participle's phrase is no subject: the Spaniard, not Saka asked about, is the coach named last",
             text: "“We were relentless,” Bukayo Saka said. Manager Mikel Arteta agreed.\n\nAsked about Saka's fitness, the Spaniard was cautious. “He felt something in his hamstring late on.”",
             quote: "He felt something in his hamstring late on.", speaker: "Mikel Arteta", asWritten: "the Spaniard"),
        Case(form: "two first names share a surname: Margaret and Peter Lowe … Mrs Lowe said",
             text: "Margaret and Peter Lowe lost their home in February. “The water came up in minutes,” Mrs Lowe said.",
             quote: "The water came up in minutes,", speaker: "Margaret Lowe", asWritten: "Mrs Lowe"),
        Case(form: "she is no group: a plural source in a clause before her is skipped",
             text: "White House press secretary Karine Jean-Pierre spoke at the briefing. Pressed on criticism from progressive Democrats, who say the policy is cruel, she said: “That is simply not accurate.”",
             quote: "That is simply not accurate.", speaker: "Karine Jean-Pierre", asWritten: "she"),
        Case(form: "a paragraph that opens with she looks back to the subject of the paragraph before, of her gender",
             text: "Dame Maggie Smith has died at 89.\n\nSmith won two Oscars but was best known as Professor McGonagall in the films.\n\nShe once said of acting: “You are always terrified, but you do it anyway.”",
             quote: "You are always terrified, but you do it anyway.", speaker: "Maggie Smith", asWritten: "She"),
        Case(form: "a generational suffix is part of the name, not the surname: Ferdinand Marcos Jr. … Marcos said",
             text: "President Ferdinand Marcos Jr. ordered an inquiry. “Be ashamed of yourselves,” Marcos said.",
             quote: "Be ashamed of yourselves,", speaker: "Ferdinand Marcos Jr", asWritten: "Marcos"),
        Case(form: "an aide of a named person is not the last speaker: Merz's spokesman",
             text: "“Russia threatens everyone,” Emmanuel Macron said. Friedrich Merz was more cautious. Merz's spokesman told journalists that Berlin “welcomes the French offer” for now.",
             quote: "welcomes the French offer", speaker: "Merz's spokesman", asWritten: "Merz's spokesman"),
        Case(form: "“according to” after a quote its sentence gives to someone is the channel, not the speaker",
             text: "Xi told Biden that “planet Earth is big enough for the two countries to succeed,” according to Chinese state media.",
             quote: "planet Earth is big enough for the two countries to succeed,", speaker: "Xi", asWritten: "Xi"),
        Case(form: "“according to” names the speaker in full when no one else does",
             text: "“The talks were useful,” according to Chinese state media.",
             quote: "The talks were useful,", speaker: "Chinese state media", asWritten: "Chinese state media"),
        Case(form: "an aide kept as written is no candidate for a later description",
             text: "“I won the debate,” Donald Trump said. Gary Johnson's doctor called the candidate “extremely physically fit.” “The mic was bad,” the GOP nominee said.",
             quote: "The mic was bad,", speaker: "Donald Trump", asWritten: "the GOP nominee"),
        Case(form: "a speaker in a side clause whose verb takes the quote: …, where Speaker Mike Johnson has declared it “…”",
             text: "Mitch McConnell backed the talks. But he acknowledged the bill faced long odds in the House, where Speaker Mike Johnson has declared it “dead on arrival”.",
             quote: "dead on arrival", speaker: "Mike Johnson", asWritten: "Speaker Mike Johnson"),
        Case(form: "a reported position is the reporter's quote: Mao said that Beijing hoped “…”",
             text: "Spokesperson Mao Ning said at a briefing that Beijing hoped “all parties will exercise restraint”.",
             quote: "all parties will exercise restraint", speaker: "Mao Ning", asWritten: "Spokesperson Mao Ning"),
        Case(form: "'Former' opens no name: Former England captain Lawrence Dallaglio … he said",
             text: "The England coach, Gareth Holt, spoke first. “We lost,” he said.\n\nFormer England captain Lawrence Dallaglio, speaking on ITV, sided with Marsh. “The coach needs to look in the mirror,” he said.",
             quote: "The coach needs to look in the mirror,", speaker: "Lawrence Dallaglio", asWritten: "he"),
        Case(form: "a description kept unnamed on purpose is nobody named before: said the woman, who did not want to be named",
             text: "Detective Inspector Sarah Cole urged witnesses to come forward. “It was terrifying,” said the woman, who did not want to be named.",
             quote: "It was terrifying,", speaker: "woman", asWritten: "the woman"),
        Case(form: "another name given after a comma: Joko Widodo, known as Jokowi, … Jokowi said",
             text: "Indonesia's former president, Joko Widodo, known as Jokowi, said he was watching. “Stability is important,” Jokowi said.",
             quote: "Stability is important,", speaker: "Joko Widodo", asWritten: "Jokowi"),
        Case(form: "'the utility' alone is the business that spoke just before: Pacific Gas & Electric … the utility said",
             text: "Residents returned home on Sunday.\n\nFire officials said the blaze was contained.\n\nPacific Gas & Electric said it was cooperating with investigators.\n\n“There is no indication that our equipment was involved,” the utility said.",
             quote: "There is no indication that our equipment was involved,", speaker: "Pacific Gas & Electric", asWritten: "the utility"),
        Case(form: "a name of three words is also called by its first: Tedros Adhanom Ghebreyesus … Tedros said",
             text: "The WHO's Tedros Adhanom Ghebreyesus spoke later. “This is a test,” Tedros said.",
             quote: "This is a test,", speaker: "Tedros Adhanom Ghebreyesus", asWritten: "Tedros"),
        Case(form: "a two-word name is called by its first when that word once stands with an age: Somchai Phanthong … Somchai, 67, … Somchai laughs",
             text: "The last ferryman of the Mekong\n\nFor forty years, Somchai Phanthong has carried villagers across the river.\n\n“The river gave me everything,” says Somchai, 67.\n\nSomchai laughs at the idea. “Me, painting a bridge? I cannot even swim.”",
             quote: "Me, painting a bridge? I cannot even swim.", speaker: "Somchai Phanthong", asWritten: "Somchai Phanthong"),
        Case(form: "a two-word name's first word that is also a common word of the text is no mention: House Oversight … the full House",
             text: "The House Oversight panel met on Thursday. The resolution goes to the full House next week, and the house was full. “It is a sad day,” House said.",
             quote: "It is a sad day,", speaker: "House", asWritten: "House"),
        Case(form: "'the authors' are no two people named a paragraph apart (a study's author, then an outside expert)",
             text: "Humans reached Australia earlier than thought.\n\n“This changes the picture,” said lead author Chris Clarkson of the University of Queensland.\n\n“The dates need more work,” said Jim O'Connell, an archaeologist who was not involved in the study.\n\nThe authors wrote that the site “provides the earliest evidence of human occupation in Australia.”",
             quote: "provides the earliest evidence of human occupation in Australia.", speaker: "authors", asWritten: "The authors"),
        Case(form: "a brand's ampersand joins its capitals: PG&E said (not E)",
             text: "Power was restored by evening. “We are not aware of any equipment problems,” PG&E said.",
             quote: "We are not aware of any equipment problems,", speaker: "PG&E", asWritten: "PG&E"),
        Case(form: "a first word shared by two long names links to neither: Kim Jong Un, Kim Yo Jong … Kim said",
             text: "Kim Jong Un met Kim Yo Jong in Pyongyang. “We will stand together,” Kim said.",
             quote: "We will stand together,", speaker: "Kim", asWritten: "Kim"),
        Case(form: "'the statement' is who spoke last in a sentence naming a statement: In a statement, Boeing said … the statement said",
             text: "In a statement, Boeing said the claims were inaccurate. “We are fully confident in the 787,” the statement said.",
             quote: "We are fully confident in the 787,", speaker: "Boeing", asWritten: "the statement"),
        Case(form: "'she' after 'Though' is the subject of the sentence before, past its opening phrase, not a group that spoke earlier",
             text: "Senator after senator joined Warren. What multiple lawmakers called “fraud” was discussed at length.\n\nIn a statement issued Tuesday morning, presidential nominee Hillary Clinton was more circumspect. Though she called the behavior “outrageous and unacceptable,” she went no further.",
             quote: "outrageous and unacceptable,", speaker: "Hillary Clinton", asWritten: "she"),
        Case(form: "a country alone is no person's first name: Israel Katz … Israel said",
             text: "Defense Minister Israel Katz visited the border on Sunday. “We will not stop until the hostages are home,” Israel said in a statement.",
             quote: "We will not stop until the hostages are home,", speaker: "Israel", asWritten: "Israel"),
        Case(form: "a role right before the name in an apposition: A whistleblower, former quality manager Sam Salehpour,",
             text: "A whistleblower, former quality manager Sam Salehpour, said: “We were told to ignore defects.”",
             quote: "We were told to ignore defects.", speaker: "Sam Salehpour", asWritten: "A whistleblower, former quality manager Sam Salehpour,"),
        Case(form: "'they' after an apology is the spokesperson who apologised, not a body that spoke before",
             text: "The Welsh Government said waiting times were falling.\n\nA spokesperson for the health board apologised for the delay. “We are sorry,” they said.",
             quote: "We are sorry,", speaker: "A spokesperson for the health board", asWritten: "they"),
        Case(form: "a name given in a clause after a description is the only name: who gave his name only as Ali (not Mohanad Hage Ali)",
             text: "“They are bombing homes,” a resident, who gave his name only as Ali, told AFP.\n\n“Nobody can afford to look weak,” said Mohanad Hage Ali of the Carnegie Middle East Center.",
             quote: "They are bombing homes,", speaker: "Ali", asWritten: "a resident, who gave his name only as Ali,"),
        Case(form: "a nearer speaker after a comma whose verb takes the quote with no clause break: …, with spokesperson Zhu Fenglian saying … “…”",
             text: "The Taiwan Affairs Office also condemned the sale, with spokesperson Zhu Fenglian saying the authorities were “selling out Taiwan's interests”.",
             quote: "selling out Taiwan's interests", speaker: "Zhu Fenglian", asWritten: "spokesperson Zhu Fenglian"),
        Case(form: "a surname with a joined particle names the person written without it: Basem Naim … al-Naim told",
             text: "Hamas official Basem Naim welcomed the remarks. “This is a clear position that we appreciate,” al-Naim told Al Jazeera.",
             quote: "This is a clear position that we appreciate,", speaker: "Basem Naim", asWritten: "al-Naim"),
        Case(form: "a description after a quote of several sentences looks back past the quote's own sentences: Maresca … “Cole is … He can …,” the Italian said",
             text: "Cole Palmer scored twice. “It's a great feeling,” Palmer told Sky Sports.\n\nBlues boss Enzo Maresca was full of praise for his forward. “Cole is a special player. He can decide games on his own,” the Italian said.",
             quote: "Cole is a special player. He can decide games on his own,", speaker: "Enzo Maresca", asWritten: "the Italian"),
        Case(form: "another spelling of a surname is the same person: Recep Tayyip Erdoğan … Erdogan said; Volodymyr Zelenskyy … Zelensky said",
             text: "Turkish President Recep Tayyip Erdoğan spoke in Ankara. “We will not approve it,” Erdogan said.\n\nUkrainian President Volodymyr Zelenskyy spoke later. “We are ready,” Zelensky said.",
             quote: "We are ready,", speaker: "Volodymyr Zelenskyy", asWritten: "Zelensky"),
        Case(form: "a name that qualifies a role is not who holds it: Villa boss Unai Emery … the Spaniard said",
             text: "Arsenal beat Aston Villa on Sunday.\n\nVilla boss Unai Emery was unhappy with the decision.\n\n“For me it is not a foul,” said the Spaniard.",
             quote: "For me it is not a foul,", speaker: "Unai Emery", asWritten: "the Spaniard"),
        Case(form: "an unresolved description holds no office: the Conservative leader … the prime minister told MPs",
             text: "Keir Starmer and Kemi Badenoch clashed, as the Conservative leader accused the government of “breaking its promises to patients”.\n\nThe prime minister told MPs: “We inherited a broken NHS, and we are fixing it.”",
             quote: "We inherited a broken NHS, and we are fixing it.", speaker: "prime minister", asWritten: "The prime minister"),
        Case(form: "one who is never named is null, and passes no quote on: One wrote on X: “…” Another added: “…”",
             text: "Fans were quick to react. One wrote on X: “They are so cute together, I can't deal.” Another added: “Just get married already!”",
             quote: "They are so cute together, I can't deal.", speaker: nil, asWritten: "Another"),
        Case(form: "“the company” with no business quoted before is the one the headline opens with and the lead names: Tesla recalls … The company said",
             text: "Tesla recalls 2 million vehicles\n\nWASHINGTON - Tesla is recalling more than 2 million vehicles, regulators said on Wednesday.\n\nThe company said: “We will send an over-the-air software update.”",
             quote: "We will send an over-the-air software update.", speaker: "Tesla", asWritten: "The company"),
        Case(form: "“the insider” is the unnamed source quoted before, not the person the story is about: A source close to the couple claimed … the insider said",
             text: "Helen Worth, 74, told the Mirror she was shocked.\n\nA source close to the couple claimed the pair had been living separate lives. ‘They tried to make it work,’ the insider said.",
             quote: "They tried to make it work,", speaker: "A source close to the couple", asWritten: "the insider"),
        Case(form: "a description's apposition names the person after a past role and a nationality: the head of the AU mission, former Kenyan President Uhuru Kenyatta, told",
             text: "John Mahama won the vote.\n\n“We call on all parties to respect the outcome,” the head of the AU mission, former Kenyan President Uhuru Kenyatta, told reporters.",
             quote: "We call on all parties to respect the outcome,", speaker: "Uhuru Kenyatta",
             asWritten: "the head of the AU mission, former Kenyan President Uhuru Kenyatta,"),
        Case(form: "“the company” is the business the lead names with its legal ending, though the article names only its products after: Apple Inc … Apple Intelligence",
             text: "Apple unveils thinner iPhone\n\nApple Inc on Tuesday unveiled its thinnest iPhone yet.\n\n“It starts at $999 and ships next week,” the company said. Apple Intelligence will follow later.",
             quote: "It starts at $999 and ships next week,", speaker: "Apple Inc", asWritten: "the company"),
        Case(form: "“the agency” is the body that spoke before, though its name holds a body's noun of its own: the National Highway Traffic Safety Administration said … the agency said",
             text: "Musk says Tesla robotaxis will launch next month\n\nElon Musk said on Wednesday that Tesla would begin offering driverless rides.\n\nThe National Highway Traffic Safety Administration said it had asked Tesla for information. “We are in contact with Tesla,” the agency said.",
             quote: "We are in contact with Tesla,", speaker: "National Highway Traffic Safety Administration", asWritten: "the agency"),
        Case(form: "“the company” after a one-word business that spoke once, in the body: Ticketmaster said … “…,” the company said",
             text: "Swift breaks silence on ticket chaos\n\nFans were left without seats.\n\nTicketmaster said in a statement that it had faced record demand. “We apologise to every fan who was let down,” the company said.",
             quote: "We apologise to every fan who was let down,", speaker: "Ticketmaster", asWritten: "the company"),
        Case(form: "an apposition that gives a name names the person, and “she” after it: My neighbor, a retired nurse named Ellen, told me … “…,” she said",
             text: "The mayor says the city is “leading the nation” on heat.\n\nMy neighbor, a retired nurse named Ellen, told me she no longer walks to the store. “It's simply too dangerous,” she said.",
             quote: "It's simply too dangerous,", speaker: "Ellen", asWritten: "she"),
        Case(form: "a writer's own relative is no one named before: Donald Trump … “…,” my father often said",
             text: "I know all about Donald Trump.\n\nThe paranoia remained. “We live in Satan's kingdom,” my father often said.",
             quote: "We live in Satan's kingdom,", speaker: "my father", asWritten: "my father"),
        Case(form: "“they” after a group set off by an apposition: The researchers, led by Dr. Kathryn Smith, analysed … They wrote: “…”",
             text: "The researchers, led by Dr. Kathryn Smith of the Marine Biological Association, analysed satellite data. They wrote: “These events are now the rule rather than the exception.”",
             quote: "These events are now the rule rather than the exception.", speaker: "researchers", asWritten: "They"),
        Case(form: "an owner's people are no pair named before: Slot … Alexander-Arnold's representatives said",
             text: "Head coach Arne Slot said talks with Trent Alexander-Arnold were ongoing.\n\nAlexander-Arnold's representatives said: “No decision has been made yet.”",
             quote: "No decision has been made yet.", speaker: "Alexander-Arnold's representatives", asWritten: "Alexander-Arnold's representatives"),
        Case(form: "a place joined to a name describes the person: Senator Mike Lee of Utah … the Utah Republican said",
             text: "Senator James Lankford, the Oklahoma Republican who negotiated the bill, defended it.\n\nSenator Mike Lee of Utah disagreed. “It normalizes illegal immigration,” the Utah Republican said.",
             quote: "It normalizes illegal immigration,", speaker: "Mike Lee", asWritten: "the Utah Republican"),
        Case(form: "a pronoun after a short participle's phrase is the person the sentence before names past it: Asked whether …, Klopp shrugged. “…,” he said",
             text: "Jurgen Klopp said the goal was onside.\n\nTottenham manager Ange Postecoglou said he understood. “You can't replay games,” he said.\n\nAsked whether he would accept an apology, Klopp shrugged. “An apology doesn't give us the points,” he said.",
             quote: "An apology doesn't give us the points,", speaker: "Jurgen Klopp", asWritten: "he"),
        Case(form: "a body's description is the one named before even with a place in its apposition: a lawsuit … The lawsuit, filed in … Manhattan, says",
             text: "A former aide to Gov. Kathy Hochul filed a lawsuit on Tuesday accusing the governor's office of firing her after she reported harassment.\n\nThe lawsuit, filed in federal court in Manhattan, says her supervisors “ignored repeated warnings about his conduct.”",
             quote: "ignored repeated warnings about his conduct.", speaker: "a lawsuit", asWritten: "The lawsuit, filed in federal court in Manhattan,"),
        Case(form: "a first name given to men and women alike says no gender: Kelly Ortberg, said he … “…,” he said (not the man quoted before)",
             text: "“Our members can hold their heads high,” said Jon Holden, the union's president.\n\nBoeing's chief executive, Kelly Ortberg, said he was pleased to be moving forward. “There is much work ahead,” he said in a message to employees.",
             quote: "There is much work ahead,", speaker: "Kelly Ortberg", asWritten: "he"),
        Case(form: "a possessive pronoun gives a name no list knows its gender: X lost her home. “…,” she said",
             text: "Tasneem Mahmood lost her home in the storm. “Everything is gone,” she said.",
             quote: "Everything is gone,", speaker: "Tasneem Mahmood", asWritten: "she"),
        Case(form: "a quote no rule attributes takes the source its sentence names a few role words after it: “…,” Barossa auctioneer Mark Gunning said",
             text: "“It was the best vintage in a decade,” Barossa auctioneer Mark Gunning said.",
             quote: "It was the best vintage in a decade,", speaker: "Mark Gunning", asWritten: "Mark Gunning"),
        Case(form: "a pronoun whose sentence before opens with the same pronoun is that one's subject: Ellis was cautious. She waited. “…,” she said",
             text: "“I opened the email and just screamed,” said Joan Pratt, now 56.\n\nMargaret Ellis was more cautious. She waited two weeks before replying. “I was scared it was a scam,” she said.",
             quote: "I was scared it was a scam,", speaker: "Margaret Ellis", asWritten: "she"),
        Case(form: "a function word inside the name before the source's role is no stop: “…,” Citizens Coalition for Change leader Nelson Chamisa told supporters",
             text: "Zimbabwe's main opposition party claimed victory on Monday.\n\n“We have won this election, and we will defend our votes,” Citizens Coalition for Change leader Nelson Chamisa told supporters in Harare.",
             quote: "We have won this election, and we will defend our votes,", speaker: "Nelson Chamisa", asWritten: "Change leader Nelson Chamisa"),
        Case(form: "not past a function word: “…,” while 73 percent said … is the sentence's first source's",
             text: "Only 52 percent of voters agreed that Clinton is in \"good enough overall health to serve as president,\" while 73 percent said the same of Trump.",
             quote: "good enough overall health to serve as president,", speaker: "Only 52 percent of voters", asWritten: "Only 52 percent of voters"),
        Case(form: "a quote after a sentence that opens its paragraph with “he” and no reporting verb is the last man's: He laughs at that. “…”",
             text: "Angus MacRae, 74, has kept the light for 31 years.\n\n“He is part of the fabric of the place,” says Fiona Grant.\n\nHe laughs at that. “I'm not going anywhere yet.”",
             quote: "I'm not going anywhere yet.", speaker: "Angus MacRae", asWritten: "He"),
        Case(form: "so is one that opens, after an opening phrase, with a nationality: Asked whether …, the Spaniard laughed. “…”",
             text: "“It's a big blow,” Arsenal manager Mikel Arteta said.\n\nAsked whether the title race could be decided in November, the Spaniard laughed. “No, no. It's way too early.”",
             quote: "No, no. It's way too early.", speaker: "Mikel Arteta", asWritten: "the Spaniard"),
        Case(form: "a capital before a role word and a name qualifies the role: after “Villa boss Unai Emery”, he is Emery, not Aston Villa",
             text: "Manchester City came from behind to beat Aston Villa 3-2.\n\nVilla boss Unai Emery was left to rue missed chances. “We had the game in our hands,” he told Sky Sports.",
             quote: "We had the game in our hands,", speaker: "Unai Emery", asWritten: "he"),
        Case(form: "a surname is the person it ends, before one it opens: Biden is Joe Biden, not the headline's “Biden Taiwan”",
             text: "Xi tells Biden Taiwan is the most dangerous issue\n\nChinese President Xi Jinping told U.S. President Joe Biden that Taiwan was the most dangerous issue.\n\n“Well, look, he is,” Biden said.",
             quote: "Well, look, he is,", speaker: "Joe Biden", asWritten: "Biden"),
        Case(form: "a document said in its issuer's paragraph is the issuer's, though the issuer's sentence does not name it (lexicon document_nouns)",
             text: "Lebanon's Health Ministry said five people were killed.\n\nIsraeli Prime Minister Benjamin Netanyahu's office said he had ordered the strike. “Israel will not allow Hezbollah to rebuild its power,” the statement said.",
             quote: "Israel will not allow Hezbollah to rebuild its power,", speaker: "Prime Minister Benjamin Netanyahu's office", asWritten: "the statement"),
        Case(form: "“the company” is the business that spoke in its own paragraph before the one the lead quotes",
             text: "OpenAI accuses rival of copying\n\nOpenAI said on Wednesday it had found evidence of copying.\n\nThe start-up, DeepSeek, did not respond to a request for comment. In a post last month, the company said its model had been trained “entirely on our own data.”",
             quote: "entirely on our own data.", speaker: "DeepSeek", asWritten: "the company"),
        Case(form: "a body's name with a plural noun before its connector: the Africa Centres for Disease Control and Prevention",
             text: "“The virus is spreading fast,” said the Africa Centres for Disease Control and Prevention.",
             quote: "The virus is spreading fast,", speaker: "Africa Centres for Disease Control and Prevention",
             asWritten: "the Africa Centres for Disease Control and Prevention"),
        Case(form: "a role after a description's head is its owner's: the mother of rapper … is not Kanye West",
             text: "Rapper Kanye West released an album on Friday.\n\n“He is doing fine,” said the mother of rapper Kanye West.",
             quote: "He is doing fine,", speaker: "mother of rapper", asWritten: "the mother of rapper"),
        Case(form: "an aside after a pronoun leaves the pronoun: He, however, cautioned that “…”",
             text: "IMD chief Mrutyunjay Mohapatra spoke on Tuesday. He, however, cautioned that “some states may see below normal rainfall.”",
             quote: "some states may see below normal rainfall.", speaker: "Mrutyunjay Mohapatra", asWritten: "He"),
        Case(form: "he is the full name that spoke last in his paragraph, though no lexicon confirms it, not a person described before",
             text: "The governor has rejected calls for a recount.\n\nSpeaking on Friday, Babajide Sanwo-Olu said the plan was reckless. “We cannot afford it,” he said.",
             quote: "We cannot afford it,", speaker: "Babajide Sanwo-Olu", asWritten: "he"),
        Case(form: "a headline's quote that a later sentence repeats is that sentence's named source's",
             text: "Mother 'lucky to be alive' after dog attack\n\nA woman who was attacked by a dog has said she is lucky to be alive.\n\nSarah Jenkins, 41, needed 30 stitches.",
             quote: "lucky to be alive", speaker: "Sarah Jenkins", asWritten: "A woman"),
        Case(form: "a pronoun after a sentence that opens with someone's unnamed kin of its gender is that kin, no one the text names",
             text: "Comeback\n\nSprinter Julien Alfred won gold in Paris.\n\nWhat kept you going?\n\nAlfred: My mother. She told me, “You don't get to choose when it's over.”",
             quote: "You don't get to choose when it's over.", speaker: nil, asWritten: "She"),
        Case(form: "a title rules out another title only: “Captain Harry Kane” is “the Bayern Munich striker”, not the manager before him",
             text: "Southgate not worried\n\nEngland manager Gareth Southgate said he was not worried.\n\nCaptain Harry Kane admitted the performance was poor.\n\n“We know what we're capable of,” said the Bayern Munich striker.",
             quote: "We know what we're capable of,", speaker: "Harry Kane", asWritten: "the Bayern Munich striker"),
        Case(form: "whoever heads a ministry is “the minister” (lexicon body_heads), nearer than a prime minister named before",
             text: "Kyiv responds\n\nUkraine criticized Hungarian Prime Minister Viktor Orban over his trip.\n\nIn turn, the head of the Hungarian Foreign Ministry Peter Szijjarto rejected the criticism. “Hungary does not need anyone's permission,” the minister wrote.",
             quote: "Hungary does not need anyone's permission,", speaker: "Peter Szijjarto", asWritten: "the minister"),
        Case(form: "no speaker in the document → null",
             text: "The slogan read “we will never surrender our land” across the square.",
             quote: "we will never surrender our land", speaker: nil, asWritten: nil),
    ]

    @Test("attribution form", arguments: cases)
    func form(_ example: Case) {
        let quotes = Kit.quotes(example.text)
        let quote = quotes.first { $0.text == example.quote }
        #expect(quote != nil, "quote «\(example.quote)» not found in \(quotes)")
        #expect(quote?.speaker == example.speaker)
        #expect(quote?.asWritten == example.asWritten)
    }

    @Test("a description finds the source it shares a word with, also past many other speakers (indexed timeline)",
          arguments: [3, 80])
    func descriptionAcrossLongDocument(speakers: Int) {
        let surnames = "BCDFGHKLMNPRST".flatMap { letter in ["ane", "ork", "ill", "oss", "ent", "ard"].map { String(letter) + $0 } }
        var lines = ["The Ruritanian Foreign Ministry said the border was calm."]
        lines += surnames.prefix(speakers).enumerated().map { "Senator John \($1) said the vote number \($0) was close." }
        lines.append("The ministry said later that the talks would resume.")
        let claims = Kit.claims(lines.joined(separator: "\n"))
        #expect(claims.count == speakers + 2)
        #expect(claims.last?.source == "Ruritanian Foreign Ministry")
        #expect(claims[speakers].source == "John " + surnames[speakers - 1])
    }

    /// A sentence whose claims must name these sources, and what it shows.
    struct SourceCase: Sendable, CustomTestStringConvertible {
        let form: String
        let text: String
        let sources: [String]
        var testDescription: String { form }
    }

    static let sourceCases: [SourceCase] = [
        SourceCase(form: "a name with a possessive in it (lexicon possessive_names) speaks, and “the company” after it in its sentence is that name",
                   text: "McDonald's said it would raise wages. Alzheimer’s Research UK said the study was important. Moody's shares fell after the company said profits slowed.",
                   sources: ["McDonald's", "Alzheimer’s Research UK", "Moody's"]),
        SourceCase(form: "an unnamed description's gendered noun rules out a later pronoun of the other gender: “a department chairman” is no “she”",
                   text: "In a 2015 interview, Dr. Eleanor Voss recalled being told by a department chairman that diving was no job for a lady. She replied, she said, that the fish did not seem to mind.",
                   sources: ["Eleanor Voss", "Eleanor Voss"]),
        SourceCase(form: "a body's name after “known as” is the body's, not a person's: “it” is that body later",
                   text: "The group behind the attack, known as BlackLantern, posted a message on its leak site claiming to have stolen data. It threatened to publish the files.",
                   sources: ["BlackLantern", "BlackLantern"]),
        SourceCase(form: "a sentence's capital “The” owns nothing: the post's author is not the person quoted before",
                   text: "“No one is coming to take your stove,” council member Teresa Lind said.\n\nThe post's author did not respond to a request for comment.",
                   sources: ["Teresa Lind", "post's author"]),
        SourceCase(form: "a sentence's first word and a role before a name are no part of it: Grid operator Red Eléctrica said",
                   text: "Grid operator Red Eléctrica said it had ruled out a cyberattack. Consumer group Choice said households were struggling.",
                   sources: ["Red Eléctrica", "Choice"]),
        SourceCase(form: "a body set off before a person is no apposition of theirs: read to the court, one victim, … said",
                   text: "In a statement read to the court, one victim, an 84-year-old widow, said she no longer felt safe.",
                   sources: ["one victim"]),
        SourceCase(form: "role words after “the” before a name set off by commas name the speaker; a body's do not",
                   text: "Okafor's coach, the former world champion Ato Mensah, said the ban was unfair. A spokesperson for its largest shareholder, the investment firm Aker Holding, declined to comment.",
                   sources: ["Ato Mensah", "A spokesperson for its largest shareholder"]),
        SourceCase(form: "“the court” is the court the text named last with that noun, when no source spoke of it",
                   text: "The former senator lost his bid, with the High Court refusing him leave to appeal.\n\nIn a brief judgment, the court said the appeal had no prospects.",
                   sources: ["High Court"]),
        SourceCase(form: "a pronoun that opens a paragraph is the person a quiet paragraph before was about, past a closing sentence about a thing",
                   text: "“She was a giant of our field,” the dean, Astrid Berg, said.\n\nBorn in Kiruna, Maria Lindqvist first travelled north in 1968. Her paper was dismissed as alarmist.\n\nShe later recalled the hostility with amusement.",
                   sources: ["Astrid Berg", "Maria Lindqvist"]),
        SourceCase(form: "“the union” is no business the lead quotes: its name holds no such noun",
                   text: "Strike\n\nAmazon said the strike had no impact.\n\nThe union said thousands had walked out.",
                   sources: ["Amazon", "union"]),
        SourceCase(form: "a document's issuer after “from” or “by” (lexicon issuer_links) is resolved as its own mention",
                   text: "Airline grounds fleet\n\nSkyLink Airways has grounded its aircraft.\n\nNo one was injured, according to a statement from the airline. The report, by former ombudsman Sir Michael King, found delays.",
                   sources: ["SkyLink Airways", "Michael King"]),
        SourceCase(form: "“the union” is the body the lead quotes, past a ministry, when no other body that may be a union spoke since (lexicon generic_bodies)",
                   text: "Doctors to strike\n\nJunior doctors will strike, the British Medical Association has announced.\n\nThe union said members had no choice. The Department of Health said the offer was fair.\n\nThe union said talks had failed.",
                   sources: ["British Medical Association", "British Medical Association", "Department of Health", "British Medical Association"]),
        SourceCase(form: "a group (lexicon bare_sources) is no person of the index: “The White House” is not “House Republicans” by a shared word",
                   text: "House Republicans said the bill was fair. The White House said the president would veto it.",
                   sources: ["House Republicans", "White House"]),
        SourceCase(form: "a body's capitalized noun alone is the body the text last named with it in full",
                   text: "The European Commission on Thursday fined Meta. Meta said it would appeal.\n\nThe Commission said Meta had imposed unfair conditions.",
                   sources: ["Meta", "European Commission"]),
        SourceCase(form: "a headline's business noun is the business the lead names",
                   text: "Retailer says customer data stolen\n\nFashion retailer Marlow & Finch said on Thursday that hackers had stolen the data.",
                   sources: ["Marlow & Finch", "Marlow & Finch"]),
        SourceCase(form: "“the company” is the business the text last called so, a paragraph back, before the agency the lead quotes",
                   text: "FDA warns on eye drops\n\nThe FDA warned consumers on Monday.\n\nThe maker, Sunrise Pharma, said it was recalling the drops. The company denied that its plant was at fault.\n\nThe company said it had found no contamination.",
                   sources: ["FDA", "FDA", "Sunrise Pharma", "Sunrise Pharma", "Sunrise Pharma"]),
        SourceCase(form: "a name written after “the” is no one “she” may be: the Associated Press is not who promised",
                   text: "Senator Mark Hollis conceded defeat to Attorney General Dana Whitaker.\n\nWhitaker won by 18,000 votes, according to the Associated Press. In her victory speech, she promised to work for everyone.",
                   sources: ["Mark Hollis", "Associated Press", "Dana Whitaker"]),
        SourceCase(form: "a capitalized person noun after other capitalized words and no title is a name: “The Daily Star”, then “the paper”",
                   text: "The Daily Star had claimed that the couple lived apart. The newspaper cited a close friend.",
                   sources: ["Daily Star", "Daily Star"]),
        SourceCase(form: "a side clause's subject speaks in the verb joined to its own: shares fell after the turbine maker … warned",
                   text: "Nordwind shares slump\n\nShares in Nordwind Energy fell on Thursday after the turbine maker cut its guidance and warned that orders would stay weak.",
                   sources: ["Nordwind Energy"]),
        SourceCase(form: "role words after a sentence's first word name no one: Spanish sports daily Marca",
                   text: "Spanish sports daily Marca reported on Sunday that the winger had agreed terms.",
                   sources: ["Marca"]),
        SourceCase(form: "a party and a person noun name no one (“Tory MP”); “A Conservative MP” is the MP named next",
                   text: "Tory MP defects to Reform UK, says party has lost its way\n\nA Conservative MP has defected to Reform UK, saying the party had lost its way.\n\nClaire Hollings, the MP for North Wiltshire, said she had no choice.",
                   sources: ["Tory MP", "Claire Hollings", "Claire Hollings"]),
        SourceCase(form: "“the company” is the business that opens the sentence before, in its paragraph, before a name the headline shares",
                   text: "Stocks slide as Treasury yields climb\n\nWall Street fell on Tuesday as rising Treasury yields weighed on stocks.\n\nNvidia fell 4.5% after a report on chip limits. The company declined to comment.",
                   sources: ["Nvidia"]),
        SourceCase(form: "a pronoun after an opening prepositional phrase is the subject of the sentence before, not the description the lead spoke through",
                   text: "A British aid worker held in Mali has spoken for the first time, describing months of fear.\n\nSarah Whitfield, 52, was released last week. In an interview with the BBC, she said her captors had treated her correctly.",
                   sources: ["Sarah Whitfield", "Sarah Whitfield"]),
        SourceCase(form: "one word, “and” and capitals before a title name one office; a nationality or a title right after “and” starts a second name",
                   text: "Health and Human Services Secretary Robert F. Kennedy Jr. said the panel was biased. Putin and Chinese President Xi Jinping said the talks went well. The American Academy of Pediatrics said it was a dangerous step.",
                   sources: ["Robert F. Kennedy Jr", "Putin and Xi Jinping", "American Academy of Pediatrics"]),
        SourceCase(form: "a body's noun is no issuer whose sentence merely holds the word: “surrounded by family” makes no publicist “the family”",
                   text: "His publicist, Arnold Robinson, said Jones died at home, surrounded by family.\n\n“We celebrate the great life that he lived,” the family said in a statement.",
                   sources: ["Arnold Robinson", "family"]),
        SourceCase(form: "a police force named in capitals is “the force” (lexicon org_aliases); “Leeds police” stays a group, “the police union” a body of its own",
                   text: "Man charged after stabbing\n\nWest Yorkshire Police said officers were called at 2.40am.\n\nThe victim is in hospital, the force said. Leeds police said a man was held. The police union said it was worried.",
                   sources: ["West Yorkshire Police", "West Yorkshire Police", "Leeds police", "police union"]),
        SourceCase(form: "a place joined to a participle opens a description, no name: “The Beaverton, Oregon-based company” is the business quoted before; “chambers” is a body noun",
                   text: "Nike shares slump\n\nNike said on Thursday that sales had fallen.\n\nThe Beaverton, Oregon-based company said revenue would fall. The British Chambers of Commerce said prices would rise.",
                   sources: ["Nike", "Nike", "British Chambers of Commerce"]),
        SourceCase(form: "a place adverb between a subject and its verb: “Election officials there say”",
                   text: "Trump claimed fraud in Arizona. Election officials there say there is no evidence of any irregularities.",
                   sources: ["Trump", "Election officials"]),
        SourceCase(form: "a group pronoun after its sentence's verb is the plural noun that opens the sentence, not the headline's source",
                   text: "Webb telescope spots sign of life, scientists say\n\nAstronomers using the telescope have detected a molecule, though they cautioned that the finding is far from conclusive.",
                   sources: ["scientists", "Astronomers"]),
        SourceCase(form: "a plural person noun listed as written (“deputies”) is a group, not the person quoted last",
                   text: "Luis Herrera said he grabbed his dog.\n\nSheriff's deputies said they had detained a man.",
                   sources: ["Luis Herrera", "Sheriff's deputies"]),
        SourceCase(form: "the last word of another capitalized name is no surname mention: “Cal Fire” is not the Ridge Fire",
                   text: "The Ridge Fire had burned 9,000 acres, according to Cal Fire.",
                   sources: ["Cal Fire"]),
        SourceCase(form: "“it” after a side-clause opener is no phrase before the subject: not “In company”",
                   text: "In company news, shares of chipmaker Vantix tumbled 12% after it warned that revenue would fall.",
                   sources: ["Vantix"]),
        SourceCase(form: "a group's phrase keeps the owners inside it: Passengers at London's King's Cross station",
                   text: "Passengers at London's King's Cross station said they had not known about the walkout.",
                   sources: ["Passengers at London's King's Cross station"]),
        SourceCase(form: "a person of unknown gender owned by “her” is not who “she” is: the feature's subject laughs, not her coach",
                   text: "Sophie Adeyemi is preparing for her second Games.\n\n“I didn't cry,” Adeyemi says.\n\nHer coach believes she can win gold. She is less sure. “Ask me in four years,” she laughs.",
                   sources: ["Sophie Adeyemi", "coach", "Sophie Adeyemi"]),
        SourceCase(form: "a pronoun in a relative clause is the person a role opens the sentence with, not the one quoted before",
                   text: "“He was outstanding,” Mikel Arteta said.\n\nVilla boss Unai Emery was furious with the decision, which he said should have been ruled out.",
                   sources: ["Mikel Arteta", "Unai Emery"]),
        SourceCase(form: "a pronoun opening a sentence is the one person of its gender named in the quiet sentence before, not a speaker of unknown gender",
                   text: "A Blue Origin spokesperson said the company would not appeal.\n\nThe exchange drew a sharp response from Senator Maria Cantwell, whose state is home to Blue Origin. “Taxpayers deserve competition,” she posted.",
                   sources: ["A Blue Origin spokesperson", "Maria Cantwell"]),
        SourceCase(form: "a pronoun after a short opening phrase without a comma is the subject of the quiet sentence before, not the last speaker",
                   text: "Rosalind Smith, a glaciologist, died on Sunday. Her death was confirmed by her daughter, Miriam Jones.\n\nSmith spent 40 summers on the ice. In a 1987 paper she warned that melting could accelerate.",
                   sources: ["Miriam Jones", "Rosalind Smith"]),
        SourceCase(form: "a pronoun opening a paragraph passes on the subject that the same pronoun stood for in the paragraph before",
                   text: "“These are howls,” Rep. Jim Clyburn said.\n\nDonald Trump has record low support from black voters. He recently met Ben Carson in Detroit.\n\n“What do you have to lose?” he said in August.",
                   sources: ["Jim Clyburn", "Donald Trump"]),
        SourceCase(form: "a description with an owner is no one named with another role: the EU's policy chief is not the ministry's spokeswoman",
                   text: "Russia's Foreign Ministry spokeswoman Maria Zakharova accused Chisinau of staging a provocation.\n\nThe European Union's foreign policy chief said the bloc was deeply concerned.",
                   sources: ["Maria Zakharova", "European Union's foreign policy chief"]),
        SourceCase(form: "a paragraph's pronoun is the subject of the quiet paragraph before, of unknown gender, when all others named there are of the other gender",
                   text: "“We are ready,” said spokesperson Alex Moreno.\n\nDr. Kim Oyelowo presided over a summit overseen by former U.N. secretary general Kofi Annan.\n\n“Unity also means prosperity,” she said.",
                   sources: ["Alex Moreno", "Kim Oyelowo"]),
        SourceCase(form: "a lower-case particle is part of a name though its capital ends one (“Ten”): the Dutchman is Erik ten Hag",
                   text: "“No bid has been made,” Aurelio De Laurentiis said.\n\nUnited manager Erik ten Hag refused to be drawn. “I don't talk about players from other clubs,” the Dutchman said.",
                   sources: ["Aurelio De Laurentiis", "Erik ten Hag"]),
        SourceCase(form: "a description kept as written is known by its words up to its noun: “a transcript included in the report” is no report",
                   text: "The crash killed four, according to a preliminary report released by the NTSB. The engine lost power, according to a transcript included in the report.\n\nInvestigators found the tank empty, the report said.",
                   sources: ["a preliminary report released by the NTSB", "a transcript included in the report", "a preliminary report released by the NTSB"]),
        SourceCase(form: "a first name written as two capitals is no acronym: “he” is JJ Redick, not the player quoted before",
                   text: "Anthony Davis said the Lakers had grown up.\n\nAsked whether the win made a statement, Lakers coach JJ Redick smiled. “It's one game,” he said.",
                   sources: ["Anthony Davis", "JJ Redick"]),
        SourceCase(form: "a business's suffix after a comma is part of its name (lexicon corporate_suffixes)",
                   text: "Greenfield Foods, Inc. (NYSE: GRFD) today announced that it has agreed to buy Harvest Lane.",
                   sources: ["Greenfield Foods Inc"]),
        SourceCase(form: "one nationality rules out another (lexicon nationality_forms): the Serb is not the Australian named last",
                   text: "Novak Djokovic said players had lost trust. Australian Nick Kyrgios posted that the case showed two sets of rules. “There is a lack of consistency,” the Serb said.",
                   sources: ["Novak Djokovic", "Nick Kyrgios", "Novak Djokovic"]),
        SourceCase(form: "the defendant is no prosecutor (lexicon rival_roles)",
                   text: "Prosecutor Rebecca Lowe KC told jurors that his DNA had been found on a window latch. The defendant claims he had visited the house weeks earlier.",
                   sources: ["Rebecca Lowe", "defendant"]),
        SourceCase(form: "a body's name with a possessive keeps its acronym and clause: not “Association (ILA)”",
                   text: "The International Longshoremen's Association (ILA), which represents some 45,000 workers, said talks had broken down.",
                   sources: ["International Longshoremen's Association"]),
        SourceCase(form: "a capitalized word inside role words before a name: former Paralympic champion Hannah Cockroft",
                   text: "Her coach, former Paralympic champion Hannah Cockroft, says she has every chance of a medal.",
                   sources: ["Hannah Cockroft"]),
        SourceCase(form: "a word after a nationality at a sentence's start ends another name: “U.S. Steel” is no mention of Nippon Steel",
                   text: "Nippon Steel said it would appeal.\n\nU.S. Steel shares rose 2% in early trading. U.S. Steel said it would fight.",
                   sources: ["Nippon Steel", "U.S. Steel"]),
        SourceCase(form: "a plural is the two people named just before only when counted or a word for a pair (lexicon pair_nouns)",
                   text: "Max Verstappen kept his lead in a battle with Lando Norris.\n\nThe stewards ruled that he had forced Norris off the track. Xi Jinping and Vladimir Putin met in Moscow. The leaders said ties had never been stronger.",
                   sources: ["stewards", "Xi Jinping and Vladimir Putin"]),
        SourceCase(form: "“…, the company said” is the business that opens its own sentence, its place (“London-based”) left out",
                   text: "London-based Acme Robotics has raised $40m in a funding round, the company said on Tuesday.",
                   sources: ["Acme Robotics"]),
        SourceCase(form: "a sentence's lone first capital the text never writes inside a sentence is no business; the name after its preposition is",
                   text: "Shares of Vantix fell 5% after it cut its forecast, the company said. Shares fell 2% in early trading, the company said.",
                   sources: ["Vantix", "company"]),
        SourceCase(form: "a business's noun with modifiers is the business opening its own sentence, after a wire's dateline; its legal ending left out",
                   text: "NEW YORK (Reuters) - Shares of Harborview Bancorp Inc fell 38% after the regional lender disclosed that deposits had fallen.",
                   sources: ["Harborview Bancorp"]),
        SourceCase(form: "a body's noun is the source that spoke under a fuller name ending in it: the “and” splits no name, nor makes a group of two",
                   text: "Avon and Somerset Police said the driver had been charged.\n\nPolice said they were not treating the crash as terror-related. Two people remain in hospital, according to the force.",
                   sources: ["Avon and Somerset Police", "Avon and Somerset Police", "Avon and Somerset Police"]),
        SourceCase(form: "a full name after a title is that person, not another of the surname: Dr Julian Thomas is no Mark Thomas (and Mr. Thomas is)",
                   text: "Professor Mark Thomas said the findings were new. Dr Julian Thomas said the theory was unproven. Mr. Thomas said it again.",
                   sources: ["Mark Thomas", "Julian Thomas", "Mark Thomas"]),
        SourceCase(form: "a first name with an age set off by commas is a person “he” can be, nearer than the woman named before",
                   text: "Councillor Aicha Less said the council had stepped in.\n\nSam, 34, who asked that his surname not be used, said staff told him to leave. “They were as shocked as we were,” he said.",
                   sources: ["Aicha Less", "Sam", "Sam"]),
        SourceCase(form: "a role no one named holds, after an unnamed person spoke, is kept as written: “the MP” is not the chief executive named before",
                   text: "Rain Newton-Smith, its chief executive, said the rise was a blow. But one former minister, speaking anonymously, said the party had walked into a trap. “Everyone knew this was coming,” the MP said.",
                   sources: ["Rain Newton-Smith", "one former minister", "MP"]),
        SourceCase(form: "“the couple” and “the pair” (lexicon pair_nouns) are the two people named together before, not the last of them",
                   text: "Singer Lila Moreau and actor James Whitaker have separated after six years, the couple confirmed on Thursday.\n\nIn a joint statement shared with People magazine, the pair said they had decided together.",
                   sources: ["Lila Moreau and James Whitaker", "Lila Moreau and James Whitaker"]),
        SourceCase(form: "a body that shares only a nationality with an earlier source is another one; a readout speaks (lexicon document_nouns)",
                   text: "The talks went well, according to Chinese state media.\n\nRelations are improving, according to the Chinese foreign ministry.\n\nA White House readout said the talks were candid.",
                   sources: ["Chinese state media", "Chinese foreign ministry", "A White House readout"]),
        SourceCase(form: "“they” after “Some parents disagree.” is “Some parents”, not “Some”",
                   text: "Some parents disagree. They say children need phones for safety.",
                   sources: ["Some parents"]),
        SourceCase(form: "with no one of the pronoun's gender named, “she” is who spoke last in the paragraph, whatever the first-name list says",
                   text: "Ofwat chief executive David Black told the BBC that customers would see improvements. “We are holding the companies to account,” she said.",
                   sources: ["David Black", "David Black"]),
        SourceCase(form: "a word after a body's noun and “for” names the body, not a person of that surname: Consumer Council for Water is no Thames Water",
                   text: "The Consumer Council for Water said households were struggling. Water UK said the deal fell short. Thames Water, the largest supplier, said it would appeal.",
                   sources: ["Consumer Council for Water", "Water UK", "Thames Water"]),
        SourceCase(form: "an owner's title gives no gender: “he” after “Ms Clarke's husband said” is the husband, not the man named before",
                   text: "Daniel Morris, 27, admitted the offence.\n\nMs Clarke's husband said the family had been torn apart.\n\n“Emily was the heart of our family,” he said.",
                   sources: ["Daniel Morris", "Ms Clarke's husband", "Ms Clarke's husband"]),
        SourceCase(form: "an office rules out someone known by another (lexicon rival_roles): “the chancellor” is not the mayor named before",
                   text: "John Smith, the mayor of Leeds, said the city had been left behind. Later, the chancellor told reporters that plans would follow.\n\nRachel Reeves, the chancellor, said she would not raise income tax. The prime minister also said the government would keep its promises.",
                   sources: ["John Smith", "Rachel Reeves", "Rachel Reeves", "prime minister"]),
        SourceCase(form: "“and” after a body's noun and a function word goes on naming the body: Victor Cha is no pair",
                   text: "“Every ally is asking the same question,” said Victor Cha of the Center for Strategic and International Studies.",
                   sources: ["Victor Cha"]),
        SourceCase(form: "“the luxury brand” (lexicons org_nouns, company_nouns) is the business the lead names; “the city” speaks for itself",
                   text: "Shares in Burberry jumped 9% after the luxury brand said sales had held up.\n\nThe company said store sales fell 4%. Burberry is based in London.\n\nIn a statement, the city said it expected the notice to be lifted.",
                   sources: ["Burberry", "Burberry", "city"]),
        SourceCase(form: "a hyphened modifier opens a bare source; its lower-case noun is no word of a name (“Oil-producing nations” are not the United Nations); “the minister” is no mayor",
                   text: "A United Nations report released on Thursday said emissions were rising. Oil-producing nations have rejected calls to phase out fossil fuels.\n\nJohn Smith, the mayor, said the city would recover. The minister, speaking in Paris, said the bloc faced a crisis.",
                   sources: ["A United Nations report released on Thursday", "Oil-producing nations", "John Smith", "minister"]),
        SourceCase(form: "a description that accuses (lexicon defendant_markers), its head before the participle, is the person the next paragraph names",
                   text: "The man accused of murdering a teenager in a park in Croydon told a jury he had acted in self-defence.\n\nGiving evidence on Tuesday, Kevin Marsh, 24, said he had been terrified.\n\nProsecutor Alison Morgan KC said he had brought the knife himself.",
                   sources: ["Kevin Marsh", "Kevin Marsh", "Alison Morgan"]),
        SourceCase(form: "a woman described by a clause (lexicon relative_pronouns) is the person the next paragraph names; an official named there is not",
                   text: "A woman who was rescued from the rubble has described hearing rescuers' voices.\n\nAyse Yilmaz, 29, told NTV she had shouted for hours.\n\nA man who was on the train said he heard a bang.\n\nTransport Secretary Heidi Alexander said an inquiry would follow.",
                   sources: ["Ayse Yilmaz", "Ayse Yilmaz", "A man", "Heidi Alexander"]),
        SourceCase(form: "a body or a country before a first name ends the role, not the name: the head of the Russian Foreign Ministry Sergei Lavrov (no comma, after the verb too)",
                   text: "The alliance is preparing for war, said the head of the Russian Foreign Ministry Sergei Lavrov.\n\nMeanwhile, the commander-in-chief of the Armed Forces of Ukraine Oleksandr Syrskyi reported 150 assaults.",
                   sources: ["Sergei Lavrov", "Oleksandr Syrskyi"]),
        SourceCase(form: "a description ending in a known full name after a body's name is that person; “In his words” is who spoke last; a name after “for” owns the description",
                   text: "Peskov commented on new talks\n\nMoscow has received no proposals, said the press secretary of the Russian president Dmitry Peskov. In his words, the Kremlin is still open to talks.\n\nAs stated by the head of the Pentagon Pete Hegseth, Washington will support its allies.\n\nA representative for Taylor Swift has denied reports that the singer is engaged.",
                   sources: ["Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov", "Pete Hegseth", "A representative for Taylor Swift"]),
        SourceCase(form: "a plural before a first name ends a body's name (Maria Zakharova); a body's noun alone after a title is no name; a person of a named body shares its name",
                   text: "Zakharova responded.\n\nThe official representative of the Russian Ministry of Foreign Affairs Maria Zakharova called it Russophobia.\n\nThe Foreign Office said the claims were baseless. According to the head of the Home Office, Russia is behind the attacks.",
                   sources: ["Maria Zakharova", "Maria Zakharova", "Foreign Office", "head of the Home Office"]),
        SourceCase(form: "a title's modifier (“Foreign”, lexicon title_modifiers) is no office that rules out “the diplomat”",
                   text: "Beijing opposes any contacts, the official representative of the Chinese Foreign Ministry Lin Jian said on Monday. “Taiwan is a red line,” the diplomat emphasized.",
                   sources: ["Lin Jian", "Lin Jian"]),
        SourceCase(form: "a family name written first (lexicon family_names_first) finds the full name; a description's phrase ends on no conjunction",
                   text: "The spokesman for the Chinese Foreign Ministry, Wang Wenbin, rejected the accusations.\n\n“We will never accept it,” said Wang at a press conference.\n\nUkrainian President Volodimir Zelensky thanked the allies for the support and assured that his country would not give up.",
                   sources: ["Wang Wenbin", "Wang Wenbin", "Volodimir Zelensky"]),
        SourceCase(form: "an office one person holds is no one's the text gave another role (“the judge” is not “his client, Dev Patel”); an office spoken of before someone with other roles was named is not theirs; “One Labour MP” introduces the MP",
                   text: "Defense attorney Marcus Bell said his client, Dev Patel, had been misled.\n\nThe judge told jurors they would begin deliberations on Tuesday.\n\nThe chancellor's decision drew criticism.\n\nRAC head of policy Simon Williams said drivers were being taken for a ride.\n\nThe chancellor replied that the finances had to be repaired.\n\nOne Labour MP, who asked not to be named, was scathing. The MP said she had handed the Tories an open goal.",
                   sources: ["Marcus Bell", "judge", "Simon Williams", "chancellor", "MP"]),
        SourceCase(form: "where it was said, in the passive: “It was claimed in Sunday newspapers that …”; “Residents told to stay indoors” names no source",
                   text: "Residents told to stay indoors\n\nIt was claimed in Sunday newspapers that she had clashed with the prime minister. It was reported in March that the deal had collapsed.",
                   sources: ["Sunday newspapers"]),
        SourceCase(form: "a capitalized function word inside a run names a body (“Mothers Against Drunk Driving”); a thing's participle is no reporting verb (“a video posted on TikTok”), and its phrase belongs to the thing that speaks",
                   text: "The charity Mothers Against Drunk Driving said it was pleased. Campaign group Surfers Against Sewage said the fine was small.\n\nThe claim started with a video posted on TikTok on Sunday. A post shared more than 40,000 times on Facebook claims that gas stoves are banned.",
                   sources: ["Mothers Against Drunk Driving", "Surfers Against Sewage", "A post"]),
        SourceCase(form: "a business that opens both the headline and the lead, never written in lower case, is who “the sportswear giant” and “the company” are",
                   text: "Nike shares slide as turnaround takes longer than expected\n\nNike shares fell 8% on Thursday after the sportswear giant warned that sales would decline again.\n\nRevenue for the third quarter fell 9% to $11.3 billion, the company said.",
                   sources: ["Nike", "Nike"]),
        SourceCase(form: "translated news: a capital “He” inside a sentence is a family name; “the head of state” is whoever leads, whatever the title; “in a conversation with our publication” stands between a source and its verb",
                   text: "On the 5th, the spokesperson of the Ministry of Commerce He Yadong answered questions from reporters. He Yadong pointed out that the move is protectionist.\n\nThis was stated by President of Ukraine Volodymyr Zelensky during a press conference.\n\n“We cannot protect our people,” the head of state said.\n\nPolitical scientist Alexei Mukhin in a conversation with our publication noted that Europe is risking its reputation.",
                   sources: ["He Yadong", "He Yadong", "Volodymyr Zelensky", "Volodymyr Zelensky", "Alexei Mukhin"]),
        SourceCase(form: "an office the lead gives no one is held by who opens the next paragraph, named for the first time with no other role",
                   text: "MPs clash over prisons\n\nThe Justice Secretary told the Commons that prisons were days away from running out of space.\n\nShabana Mahmood said the system was in crisis.\n\nShadow justice secretary Robert Jenrick accused the government of putting the public at risk. Ms Mahmood said he had ducked the decisions.",
                   sources: ["Shabana Mahmood", "Shabana Mahmood", "Robert Jenrick", "Shabana Mahmood"]),
        SourceCase(form: "“her husband” is the one man who shares the surname of whom “her” stands for; a storm is no speaker",
                   text: "Hurricane Milton slams Florida\n\nMark and Julie Evans have run the bakery for 22 years.\n\nMrs Evans said they had been overwhelmed. Her husband said the money would pay off their debts.",
                   sources: ["Julie Evans", "Mark Evans"]),
        SourceCase(form: "a closing plus is part of a body's name (OPEC+); “Having said that” names no one (lexicon not_names)",
                   text: "Oil prices fell after OPEC+ signalled it would increase production. Having said that, bond yields remained elevated.",
                   sources: ["OPEC+"]),
        SourceCase(form: "an appositive of a body's name of two words and a possessive (“NHS England's national clinical director”); a title as a surname after a first name (“Councillor Ellie King”) is a person “she” finds",
                   text: "Waits rise\n\nProfessor Julian Redhead, NHS England's national clinical director, said staff were working hard.\n\nA council spokesperson said no decision had been made.\n\nCouncillor Ellie King said the council faced tough choices. She added that the public would be consulted.",
                   sources: ["Julian Redhead", "A council spokesperson", "Ellie King", "Ellie King"]),
        SourceCase(form: "one spokesman for a body with “and” in its name is no group “he” skips; “Senior coroner Mary Hassell” is her name after role words",
                   text: "Care row\n\nA spokesman for the Department of Health and Social Care denied that hospitals had been told to stop. He said the claim was untrue.\n\nSenior coroner Mary Hassell said there was a risk of future deaths.",
                   sources: ["A spokesman for the Department of Health and Social Care", "A spokesman for the Department of Health and Social Care", "Mary Hassell"]),
        SourceCase(form: "a body the lead describes after its news is the one that opens the next paragraph and speaks, named there first; a capitalized name with “for” before a body's noun (“Transport for London figures”)",
                   text: "Water bills to rise\n\nWater bills will rise by £123 over five years, the industry regulator has announced.\n\nOfwat said the increase would fund investment.\n\nTransport for London figures show that 96% of vehicles meet the standards.",
                   sources: ["Ofwat", "Ofwat", "Transport for London figures"]),
        SourceCase(form: "a body's description that opens its sentence is not the body that opens the next paragraph",
                   text: "Beijing denies report\n\nThe foreign ministry said the report was speculation.\n\nThe Kremlin rejected the allegations on Monday.",
                   sources: ["Beijing", "foreign ministry", "Kremlin"]),
        SourceCase(form: "an office named unnamed is the person whose surname opens the headline and who opens the lead, given no role; not someone who does not open the lead",
                   text: "Reeves accused of misleading voters\n\nRachel Reeves has been accused of misleading voters after the IFS said the plans did not add up.\n\nThe chancellor insisted on Sunday that she would not raise income tax.\n\nVoters were told about John Smith in a leaflet.\n\nThe mayor said the plans were sound.",
                   sources: ["IFS", "Rachel Reeves", "mayor"]),
        SourceCase(form: "a verb after a name and an age opens no apposition: the relative clause is the attorney's, named in the next paragraph",
                   text: "Treasurer pleads not guilty\n\nLinda Carraway, 58, appeared in court alongside her attorney, who told reporters that she was innocent.\n\nThe evidence will clear her, said the attorney, Mark Delgado.",
                   sources: ["Mark Delgado", "Mark Delgado"]),
        SourceCase(form: "a sentence adverb opens no name (lexicon not_names: “Earlier, the Financial Times, citing sources, reported”); a full name after a body's noun in lower case ends a description",
                   text: "Assets plan\n\nEarlier, the Financial Times, citing sources, reported that the plan was ready.\n\nAs the head of the department Robert Habeck noted, the government had done everything necessary.",
                   sources: ["Financial Times", "Robert Habeck"]),
        SourceCase(form: "a line that opens with a surname and a colon is a claim of the person the text names in full (rule option named_in_full); a word no one bears is none",
                   text: "Peskov: Putin has no plans to talk yet\n\nBackground: The talks collapsed in 2022.\n\nKremlin spokesman Dmitry Peskov told reporters there were no such plans.",
                   sources: ["Dmitry Peskov", "Dmitry Peskov"]),
        SourceCase(form: "“one of the people” closing a sentence attributes all of it, a relative clause's verb before it too, and is the group counted from",
                   text: "Debate prep\n\nThe campaign is overhauling its approach, according to three people familiar with the discussions.\n\nTrump, who has dismissed preparation as unnecessary, has agreed to two sessions, one of the people said.",
                   sources: ["three people familiar with the discussions", "three people familiar with the discussions"]),
        SourceCase(form: "the lead's unnamed person is who opens the next paragraph, named there first; not a plural (“federal prosecutors”) nor sources",
                   text: "Head devastated by rating\n\nA headteacher has said she is devastated after her school was downgraded.\n\nHelen Marsh, who has led the school for 11 years, said the inspectors were hasty.\n\nA former executive has been charged with fraud, federal prosecutors said.\n\nKevin Marsh, 52, was arrested on Thursday.",
                   sources: ["Helen Marsh", "Helen Marsh", "federal prosecutors"]),
        SourceCase(form: "a plural's apostrophe stays in a body's name",
                   text: "The European Writers' Council said authors had been robbed.",
                   sources: ["European Writers' Council"]),
    ]

    @Test("claim sources", arguments: sourceCases)
    func sources(_ example: SourceCase) {
        #expect(Kit.claims(example.text).map(\.source) == example.sources)
    }

    @Test("sources are looked for outside quotes only: a quoted reporting verb names no source")
    func quotedCueNamesNoSource() {
        #expect(Attributor.outside([2..<4, 6..<12], in: 0..<10) == [0..<2, 4..<6])
        #expect(Attributor.outside([0..<10], in: 3..<8).isEmpty)
        #expect(Kit.claims("The plan, “as the minister said yesterday,” will fail.").allSatisfy { $0.rule != "source.speaker-verb" })
        #expect(Kit.claims("The plan, as the minister said yesterday, will fail.").map(\.rule) == ["source.speaker-verb"])
    }

    @Test("people: an apposition gives roles, only a first name gives gender, a place after a preposition takes no roles")
    func peopleIndex() {
        let document = Kit.run("""
            Angelique Brunner, a developer and spokeswoman for the coalition, spoke first. \
            Kevin McKinley, an adviser in Eau Claire, Wis., agreed. \
            Tom Smith, with some of his friends, left. \
            The nominee was speaking in Fort Wayne, Indiana. Maybe I will go.
            """)
        let persons = document.attributed.resolver.index.persons
        let brunner = persons.first { $0.name == "Angelique Brunner" }
        #expect(brunner?.gender == .female)
        #expect(brunner?.isConfirmed == true)
        #expect(brunner?.roles.contains("spokeswoman") == true)
        #expect(persons.first { $0.name == "Kevin McKinley" }?.gender == .male)
        #expect(persons.first { $0.name == "Tom Smith" }?.roles.contains("friends") == false)
        #expect(persons.first { $0.name == "Fort Wayne" }?.roles.isEmpty != false)
        #expect(!persons.contains { $0.name == "Maybe I" })
    }

    @Test("people: a possessive pronoun after a name that opens its sentence gives a gender (lexicon pronouns_possessive); an object “her”, a name inside the sentence, a person noun between do not")
    func pronounGender() {
        let document = Kit.run("""
            Tasneem Mahmood lost her home in the storm. Goldman Sachs fired her after the audit. \
            He bought land in upstate New York with his friends. Chidi Okafor and a neighbour lost her car. \
            Oluwaseun Adeyemi, 61, said on Monday he had hurt himself.
            """)
        let persons = document.attributed.resolver.index.persons
        let mahmood = persons.first { $0.name == "Tasneem Mahmood" }
        #expect(mahmood?.gender == .female)
        #expect(mahmood?.isConfirmed == true)
        #expect(persons.first { $0.name == "Goldman Sachs" }?.gender == nil)
        #expect(persons.first { $0.name == "New York" }?.gender == nil)
        #expect(persons.first { $0.name == "Chidi Okafor" }?.gender == nil)
        #expect(persons.first { $0.name == "Oluwaseun Adeyemi" }?.gender == .male)
    }

    @Test("people: a titled surname is a person with the title's gender; a title that only qualifies another makes none")
    func titledSurnames() {
        let persons = Kit.run("Mr. Kowalczyk met Chancellor Merkel. EU Member States and the Party Leader agreed.")
            .attributed.resolver.index.persons
        #expect(persons.first { $0.name == "Kowalczyk" }?.gender == .male)
        #expect(persons.first { $0.name == "Merkel" }?.isConfirmed == true)
        #expect(!persons.contains { $0.name == "States" || $0.name == "Leader" })
    }

    @Test("people: capitals after a body's noun and a function word go on naming the body (no “Independent Business”); a name after the body's name is a person")
    func bodyNameAfterOf() {
        let text = "Business groups agreed. The National Federation of Independent Business said firms had settled. Bank of England Governor Andrew Bailey agreed."
        let persons = Kit.run(text).attributed.resolver.index.persons
        #expect(!persons.contains { $0.name == "Independent Business" })
        #expect(persons.contains { $0.name == "Andrew Bailey" })
        #expect(Kit.quotes(text + " It acts as “prosecutor, judge and jury,” the National Federation of Independent Business said.").first?.speaker
                == "National Federation of Independent Business")
    }

    @Test("people: a sentence's first capital is no surname mention when the text writes the word in lower case")
    func sentenceInitialCommonWord() {
        let text = "Thames Water said it was working hard. Water bosses met. The water was brown."
        #expect(Kit.run(text).attributed.resolver.index.persons.first { $0.name == "Thames Water" }?.isConfirmed == false)
        // A surname that is no common word of the text still counts at a sentence's start.
        let person = Kit.run("Linda Park spoke first. Park said she was afraid.").attributed.resolver.index.persons
        #expect(person.first { $0.name == "Linda Park" }?.occurrences.count == 2)
    }

    @Test("people: an indefinite determiner (“Many”) opens no name; a first name from the lexicons gives a gender")
    func indefiniteOpensNoName() {
        let persons = Kit.run("Many African-Americans take it personally. Rosalind Achterberg spoke. Tomas Eklund spoke.")
            .attributed.resolver.index.persons
        #expect(!persons.contains { $0.name.hasPrefix("Many") })
        #expect(persons.first { $0.name == "Rosalind Achterberg" }?.gender == .female)
        #expect(persons.first { $0.name == "Tomas Eklund" }?.gender == .male)
    }

    @Test("descriptions: a rival role rules a person out (lexicon rival_roles), an alias lets one in (role_aliases)")
    func rivalRoles() {
        let text = "Hillary Clinton, a Democrat, spoke in Iowa. Republican nominee Donald Trump spoke in Ohio. \"We will win this state,\" the Democratic nominee said."
        #expect(Kit.run(text).attributed.quotes.first?.speaker?.name == "Hillary Clinton")
    }

    @Test("people: a first name before a place noun is a person; roles stop at a function word before a title")
    func firstNameAndRelatedRoles() {
        let persons = Kit.run("A former top aide to Mayor Raymond Castillo testified. Linda Park, who served as his chief of staff, told jurors.")
            .attributed.resolver.index.persons
        #expect(persons.contains { $0.name == "Linda Park" })
        // After a title too: the surname alone then finds her.
        let park = Kit.run("Dr. Helen Park, an economist, spoke. \"The risk is real,\" Park warned.").attributed
        #expect(park.resolver.index.persons.contains { $0.name == "Helen Park" })
        #expect(park.quotes.first?.speaker?.name == "Helen Park")
        let castillo = persons.first { $0.name == "Raymond Castillo" }
        #expect(castillo?.roles.contains("mayor") == true)
        #expect(castillo?.roles.contains("aide") == false)
    }

    @Test("“the company” is no investor that the lead names and the article comes back to (Acme Robotics Raises … led by Sequoia Capital)")
    func companyIsNoInvestor() {
        let text = "Acme Robotics Raises $40 Million Series B\n\nAcme Robotics, a leader in warehouse automation, today announced it has raised "
            + "$40 million in Series B funding led by Sequoia Capital.\n\n“This funding lets us grow,” said Jane Doe, its CEO.\n\n"
            + "The company said: “We will open an office in Austin.”\n\n“Acme has built the most reliable system,” said Alfred Lin, partner at Sequoia Capital."
        let quote = Kit.quotes(text).first { $0.text.hasPrefix("We will open") }
        #expect(quote?.asWritten == "The company")
        #expect(quote?.speaker != "Sequoia Capital" && quote?.speaker != "Series B")
    }

    @Test("“the company” under a headline that names no business is the one whose board the lead names and the article names again")
    func companyOwningLeadBody() {
        let text = "Musk's pay package faces new legal test\n\nTesla's board is weighing a fresh vote on the package, after a judge struck it down.\n\n"
            + "It was reported last week that Tesla had hired a new law firm. The company said: “We will appeal this ruling.”"
        let quote = Kit.quotes(text).first { $0.text.hasPrefix("We will appeal") }
        #expect(quote?.speaker == "Tesla")
        // Not when the article never names it again: then it is no business it is about.
        let once = Kit.quotes(text.replacingOccurrences(of: "that Tesla had hired", with: "that it had hired")).first { $0.text.hasPrefix("We will appeal") }
        #expect(once?.speaker != "Tesla")
    }

    @Test("people: roles stop at a reporting verb (“the striker told Sky Sports” gives Sky Sports none)")
    func rolesStopAtReportingVerb() {
        let persons = Kit.run("“We got punished,” the striker told Sky Sports. Former defender Martin Keown agreed.")
            .attributed.resolver.index.persons
        #expect(persons.first { $0.name == "Sky Sports" }?.roles.isEmpty == true)
        #expect(persons.first { $0.name == "Martin Keown" }?.roles.contains("defender") == true)
    }

    @Test("a speaker found by name is trusted more than one found through a pronoun")
    func confidenceOrder() {
        let document = Kit.run("Sen. Jon Tester spoke. “Every time you say that,” Tester said. “You give them ammunition,” he added.")
        let confidences = document.attributed.quotes.compactMap { $0.speaker?.confidence }
        #expect(confidences.count == 2)
        #expect(confidences[0] > confidences[1])
    }
}
