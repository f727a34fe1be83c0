/// The seed articles' bodies (`seeds/articles.jsonl`), for gazetteer and actor tests.
enum SeedBodies {
    /// sputnik-2016-10-10-daesh-mosul-syria
    static let article1 = #"""
Members of the Shi'ite Badr Organisation undergo training before the upcoming battle to recapture Mosul in Diyala province, Iraq September 27, 2016

Sputnik-Middle East

Intelligence agencies of the United States and Saudi Arabia plan to allow more than 9,000 Daesh fighters leave the Iraqi city of Mosul and travel to eastern Syria where they will take part in a major offensive to recapture Deir ez-Zor and Palmyra among over things, an unnamed source in military and diplomatic circles in Moscow told RIA Novosti.

“American and Saudi intelligence services have reached an agreement to provide all militants a safe passage to leave the city with their families before” Iraqi security forces and their allies launch the operation to free Mosul, he suggested. The matter was ostensibly settled during the preliminary phase of the offensive.

When the Mosul campaign begins, “coalition warplanes will launch airstrikes solely against isolated and abandoned houses within the city,” the source noted, adding that these targets have been chosen in coordination with the militants.

Daesh fighters, he said, will then move to Syria. “More than 9,000 Daesh fighters from Mosul will be redeployed to eastern Syria to carry out a large-scale offensive which will involve among other things taking control over Deir ez-Zor and Palmyra,” the source detailed. For Washington, this plan, the source suggested, will be an attempt to diminish Russia’s success in Syria. Moscow has been credited with helping the Syrian Arab Army turn the tide of war that has seen Damascus fighting against foreign-sponsored terrorist groups for more than five years. “Apart from political dividends, the other goal of this operation clearly involves discrediting the achievements of the Russian Aerospace Forces. Surely, this is also an attempt to undermine [Bashar] al-Assad,” the source said.

Senior officials at the General Intelligence Directorate, Saudi Arabia’s primary intelligence, served as mediators between the US and the militants, the source said, adding that they will also guarantee that Washington delivers on the deal. He explained that a similar idea was previously employed in Fallujah.

Baghdad-led forces freed Fallujah in late June after a three-months-long siege. Political analyst Alexander Perendzhiev doubted that this plan will work. Daesh “has Iraqi roots; Mosul is their stronghold and they will clearly be unwilling to leave Iraq,” he told RIA Novosti. “Mosul will probably remain in the hands of terrorists. Some of them will travel to Syria and the rest will pretend that they surrender.”
"""#
    /// sputnik-2016-10-10-havice-kirkuk
    static let article2 = #"""
Iraqi army soldiers drive through the city of Kirkuk on October 10, 2016 as they head to the frontline in preparation for the battle to retake the city of Mosul

Sputnik-Middle East

As the hour of the upcoming assault on Mosul draws near, the Iraqi army and its allies move to liberate the town of Havice located in Kirkuk province.

Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik that prior to the Mosul offensive the Iraqi army and Peshmerga forces intend to liberate the town of Havice, located in the southeastern part of Kirkuk province, which is currently held by Daesh forces.

According to him, the Iraqi military spent the last several days deploying additional forces and heavy weaponry in the vicinity of the town. “Iraq’s Prime Minister Haider al-Abadi arrived at Kirkuk today and gave the order to begin the operation in a few hours. If the town of Havice is captured, it would make the Mosul operation much easier. Havice is a town of strategic importance because of its location between Kirkuk and Mosul,” Muhtaroğlu said. He also said that the Mosul offensive is scheduled to begin on October 19. Mosul has been under control of Daesh since 2014, and remains their main stronghold.
"""#
}
