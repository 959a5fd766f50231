-- Seed: the platform catalogue that counsellors read while asking a platform to take intimate
-- images offline. Routes and steps follow the Dutch leaflet of the equality institute (seed 002).
-- Texts use the typographic apostrophe only: some are shown through Java MessageFormat, where a
-- plain apostrophe starts a quoted section and would swallow the text after it.

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('FACEBOOK', 'Facebook / Messenger', 'URL_OR_HANDLE', 'IN_APP,WEB_FORM,PRIORITY_CHANNEL,DSA_NOTICE', null, null,
        'https://www.facebook.com/help',
        $g$Iedereen kan een bericht in de app melden. Het Instituut kan via zijn voorrangskanaal namens de cliënt melden.$g$,
        $g$Tout le monde peut signaler une publication dans l’app. L’Institut peut signaler au nom de la personne via son canal prioritaire.$g$,
        $g$Anyone can report a post in the app. The institute can report on the client’s behalf through its priority channel.$g$,
        $g$1. Bewijs eerst: screenshot van het bericht of profiel waarop Facebook en de datum te zien zijn. Bewaar de URL van het bericht, en de profiel-URL en het e-mailadres van de verspreider.
2. Snelste weg: escaleer via Vangnet naar het Instituut voor de gelijkheid van vrouwen en mannen. Facebook behandelt de aanvragen van het Instituut met voorrang.
3. Of meld zelf, in de app of op de website: drie puntjes bij het bericht, het profiel of het Messenger-gesprek → Rapporteren, en volg de stappen.
4. Zo’n melding doet meer dan verwijderen: Facebook houdt daarna ook nieuwe uploads van hetzelfde beeld tegen.
5. Of vul samen met de cliënt het verwijderformulier van Facebook in.
6. Geen antwoord of een weigering: stuur een DSA-melding (artikel 16) met de URL’s en de uitleg waarom de inhoud onwettig is.
7. Noteer in Vangnet de gebruikte route, het ticketnummer of de ontvangstbevestiging, en later de beslissing van Facebook.$g$,
        $g$1. D’abord les preuves : capture d’écran de la publication ou du profil, avec Facebook et la date visibles. Notez l’URL de la publication, ainsi que l’URL du profil et l’adresse e-mail de la personne qui diffuse.
2. Voie la plus rapide : escaladez via Vangnet vers l’Institut pour l’égalité des femmes et des hommes. Facebook traite les demandes de l’Institut en priorité.
3. Ou signalez vous-même, dans l’app ou sur le site : trois points à côté de la publication, du profil ou de la conversation Messenger → Signaler, puis suivez les étapes.
4. Ce signalement ne se limite pas au retrait : Facebook bloque ensuite aussi les nouvelles mises en ligne de la même image.
5. Ou remplissez avec la personne le formulaire de suppression de Facebook.
6. Pas de réponse ou un refus : envoyez une notification DSA (article 16) avec les URL et l’explication du caractère illicite du contenu.
7. Dans Vangnet, notez la voie utilisée, le numéro de ticket ou l’accusé de réception, puis la décision de Facebook.$g$,
        $g$1. Evidence first: a screenshot of the post or profile with Facebook and the date visible. Save the post URL, and the spreader’s profile URL and e-mail address.
2. Fastest route: escalate in Vangnet to the Institute for the Equality of Women and Men. Facebook handles the institute’s requests with priority.
3. Or report it yourselves, in the app or on the website: three dots next to the post, profile or Messenger conversation → Report, then follow the steps.
4. Such a report does more than remove the image: Facebook then also blocks new uploads of the same image.
5. Or fill in Facebook’s removal form together with the client.
6. No answer or a refusal: send a DSA notice (Article 16) with the URLs and an explanation of why the content is illegal.
7. Record in Vangnet the route used, the ticket number or acknowledgement, and later Facebook’s decision.$g$,
        10);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('INSTAGRAM', 'Instagram', 'URL_OR_HANDLE', 'IN_APP,WEB_FORM,PRIORITY_CHANNEL,DSA_NOTICE', null, null,
        'https://help.instagram.com',
        $g$Iedereen kan melden, ook zonder Instagram-account (via het formulier van het helpcentrum).$g$,
        $g$Tout le monde peut signaler, même sans compte Instagram (via le formulaire du centre d’aide).$g$,
        $g$Anyone can report, even without an Instagram account (through the help centre form).$g$,
        $g$1. Bewijs eerst: screenshot van het bericht en van het profiel, met Instagram en de datum in beeld. Bewaar de URL van het bericht en de gebruikersnaam en profiel-URL van de verspreider.
2. In de app: drie puntjes rechtsboven het bericht of profiel → Rapporteren, en volg de aanwijzingen op het scherm.
3. Op de website, voor het profiel van de verspreider: drie puntjes naast de gebruikersnaam → Gebruiker rapporteren.
4. Op de website, voor het bericht zelf: drie puntjes rechtsboven het bericht → Rapporteren als ongepast.
5. Heeft de cliënt geen Instagram-account: gebruik het meldformulier in het helpcentrum, daarvoor is geen account nodig.
6. Dringend of geweigerd: escaleer via Vangnet naar het Instituut (voorrangskanaal) of stuur een DSA-melding (artikel 16).
7. Noteer in Vangnet de route, het ticketnummer of de ontvangstbevestiging en de beslissing van Instagram.$g$,
        $g$1. D’abord les preuves : capture d’écran de la publication et du profil, avec Instagram et la date visibles. Notez l’URL de la publication, ainsi que le nom d’utilisateur et l’URL du profil de la personne qui diffuse.
2. Dans l’app : trois points en haut à droite de la publication ou du profil → Signaler, puis suivez les instructions à l’écran.
3. Sur le site, pour le profil de la personne qui diffuse : trois points à côté du nom d’utilisateur → Signaler l’utilisateur.
4. Sur le site, pour la publication : trois points en haut à droite de la publication → Signaler comme inapproprié.
5. La personne n’a pas de compte Instagram : utilisez le formulaire du centre d’aide, aucun compte n’est nécessaire.
6. Urgence ou refus : escaladez via Vangnet vers l’Institut (canal prioritaire) ou envoyez une notification DSA (article 16).
7. Dans Vangnet, notez la voie utilisée, le numéro de ticket ou l’accusé de réception et la décision d’Instagram.$g$,
        $g$1. Evidence first: a screenshot of the post and of the profile, with Instagram and the date visible. Save the post URL and the spreader’s username and profile URL.
2. In the app: three dots at the top right of the post or profile → Report, then follow the instructions on screen.
3. On the website, for the spreader’s profile: three dots next to the username → Report user.
4. On the website, for the post itself: three dots at the top right of the post → Report as inappropriate.
5. If the client has no Instagram account: use the reporting form in the help centre, no account needed.
6. Urgent or refused: escalate in Vangnet to the institute (priority channel) or send a DSA notice (Article 16).
7. Record in Vangnet the route, the ticket number or acknowledgement, and Instagram’s decision.$g$,
        20);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('SNAPCHAT', 'Snapchat', 'HANDLE', 'IN_APP,WEB_FORM,DSA_NOTICE', null, 'en',
        'https://support.snapchat.com',
        null, null, null,
        $g$1. Bewijs eerst: screenshot met Snapchat en de datum in beeld. Noteer de gebruikersnaam van de verspreider (niet de weergavenaam) en om welke snap of welk verhaal het gaat.
2. Schrijf de melding en de uitleg in het Engels.
3. In de app: drie puntjes bij de snap, het verhaal of het profiel (of houd het ingedrukt) → Report. Leg duidelijk uit waarom je meldt. Een melding in de app stuurt de snap zelf mee.
4. Via de website: ga naar support.snapchat.com → Report a safety concern en kies de best passende optie, bv. een verhaal (Story) met naaktbeelden of het account van iemand anders.
5. Toont de site eerst uitleg over blokkeren of melden in de app, antwoord dan Yes op de vraag of Snapchat op een andere manier kan helpen: pas dan verschijnt het formulier.
6. Geen resultaat: stuur een DSA-melding (artikel 16).
7. Noteer in Vangnet de route, het ticketnummer of de bevestigingsmail en de beslissing van Snapchat.$g$,
        $g$1. D’abord les preuves : capture d’écran avec Snapchat et la date visibles. Notez le nom d’utilisateur de la personne qui diffuse (pas le nom affiché) et le snap ou la story concernés.
2. Rédigez le signalement et les explications en anglais.
3. Dans l’app : trois points à côté du snap, de la story ou du profil (ou appui long) → Report. Expliquez clairement la raison. Un signalement depuis l’app joint le snap lui-même.
4. Via le site : allez sur support.snapchat.com → Report a safety concern et choisissez l’option la plus adaptée, p. ex. une story avec des images de nu ou le compte de quelqu’un d’autre.
5. Si le site affiche d’abord des conseils pour bloquer ou signaler dans l’app, répondez Yes à la question de savoir si Snapchat peut aider autrement : le formulaire apparaît alors.
6. Pas de résultat : envoyez une notification DSA (article 16).
7. Dans Vangnet, notez la voie utilisée, le numéro de ticket ou l’e-mail de confirmation et la décision de Snapchat.$g$,
        $g$1. Evidence first: a screenshot with Snapchat and the date visible. Note the spreader’s username (not the display name) and which snap or story it is about.
2. Write the report and the explanation in English.
3. In the app: three dots next to the snap, story or profile (or press and hold) → Report. Explain clearly why you report. A report from the app attaches the snap itself.
4. On the website: go to support.snapchat.com → Report a safety concern and pick the best-fitting option, e.g. a story with nude images or someone else’s account.
5. If the site first shows advice on blocking or reporting in the app, answer Yes when asked whether Snapchat can help in another way: only then does the form appear.
6. No result: send a DSA notice (Article 16).
7. Record in Vangnet the route, the ticket number or confirmation e-mail, and Snapchat’s decision.$g$,
        30);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('YOUTUBE', 'YouTube', 'YOUTUBE', 'IN_APP,WEB_FORM,DSA_NOTICE', null, null,
        'https://support.google.com/youtube/answer/2802027',
        $g$Alleen de persoon in beeld, een ouder of voogd, of een wettelijke vertegenwoordiger mag melden.$g$,
        $g$Seule la personne filmée, un parent ou tuteur, ou un représentant légal peut signaler.$g$,
        $g$Only the person shown, a parent or guardian, or a legal representative may report.$g$,
        $g$1. Bewijs eerst: screenshot met YouTube en de datum in beeld. Bewaar de video-URL, de naam van het kanaal en het tijdstip (bv. 02:15) waarop de cliënt in beeld komt.
2. Vraag eerst aan het kanaal zelf om de video te verwijderen, als dat veilig is voor de cliënt. Pas als de video blijft staan, meld je bij YouTube.
3. Vul het meldformulier van YouTube in; daarvoor is geen account nodig. Vermeld het tijdstip waarop de cliënt te zien is.
4. Of meld in de app of op de website: drie puntjes onder de video → Melden, en kies de best passende reden. Daarvoor is wel een Google-account nodig.
5. Alleen de persoon in beeld, een ouder of voogd of een wettelijke vertegenwoordiger mag melden: doe het samen met de cliënt.
6. Geen resultaat: stuur een DSA-melding (artikel 16).
7. Noteer in Vangnet de route, het referentienummer en de beslissing van YouTube.$g$,
        $g$1. D’abord les preuves : capture d’écran avec YouTube et la date visibles. Notez l’URL de la vidéo, le nom de la chaîne et le moment (p. ex. 02:15) où la personne apparaît.
2. Demandez d’abord à la chaîne elle-même de retirer la vidéo, si c’est sans danger pour la personne. Signalez à YouTube seulement si la vidéo reste en ligne.
3. Remplissez le formulaire de signalement de YouTube ; aucun compte n’est nécessaire. Indiquez le moment où la personne apparaît.
4. Ou signalez dans l’app ou sur le site : trois points sous la vidéo → Signaler, puis choisissez le motif le plus adapté. Il faut alors un compte Google.
5. Seule la personne filmée, un parent ou tuteur, ou un représentant légal peut signaler : faites-le avec la personne.
6. Pas de résultat : envoyez une notification DSA (article 16).
7. Dans Vangnet, notez la voie utilisée, le numéro de référence et la décision de YouTube.$g$,
        $g$1. Evidence first: a screenshot with YouTube and the date visible. Save the video URL, the channel name and the timestamp (e.g. 02:15) where the client appears.
2. First ask the channel itself to remove the video, if that is safe for the client. Report to YouTube only if the video stays up.
3. Fill in YouTube’s reporting form; no account is needed. Give the timestamp where the client appears.
4. Or report in the app or on the website: three dots below the video → Report, and pick the best-fitting reason. This does need a Google account.
5. Only the person shown, a parent or guardian, or a legal representative may report: do it together with the client.
6. No result: send a DSA notice (Article 16).
7. Record in Vangnet the route, the reference number and YouTube’s decision.$g$,
        40);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('TIKTOK', 'TikTok', 'URL_OR_HANDLE', 'IN_APP,WEB_FORM,DSA_NOTICE', null, null,
        'https://support.tiktok.com',
        null, null, null,
        $g$1. Bewijs eerst: screenshots met TikTok en de datum in beeld. Bewaar de URL van de video en van het profiel, en de gebruikersnaam van de verspreider.
2. Een account melden: op het profiel de drie puntjes → Melden, en kies de best passende reden.
3. Voeg bij de melding een beschrijving en bewijsfoto’s toe, zoals screenshots van het profiel of van chatgesprekken.
4. Een video melden: houd de video ingedrukt of tik op het deelpijltje → Melden, en volg de instructies.
5. Een reactie onder een video melden: selecteer de reactie (lang indrukken) → Melden.
6. Gebruik ook het webformulier van TikTok: daarmee krijg je updates over de melding per e-mail of sms.
7. Geen resultaat: stuur een DSA-melding (artikel 16).
8. Noteer in Vangnet de route, het ticketnummer en de beslissing van TikTok.$g$,
        $g$1. D’abord les preuves : captures d’écran avec TikTok et la date visibles. Notez l’URL de la vidéo et du profil, ainsi que le nom d’utilisateur de la personne qui diffuse.
2. Signaler un compte : sur le profil, trois points → Signaler, puis choisissez le motif le plus adapté.
3. Ajoutez au signalement une description et des photos comme preuves, p. ex. des captures d’écran du profil ou de conversations.
4. Signaler une vidéo : appui long sur la vidéo ou flèche de partage → Signaler, puis suivez les instructions.
5. Signaler un commentaire sous une vidéo : sélectionnez le commentaire (appui long) → Signaler.
6. Utilisez aussi le formulaire web de TikTok : vous recevez alors le suivi du signalement par e-mail ou par SMS.
7. Pas de résultat : envoyez une notification DSA (article 16).
8. Dans Vangnet, notez la voie utilisée, le numéro de ticket et la décision de TikTok.$g$,
        $g$1. Evidence first: screenshots with TikTok and the date visible. Save the video URL and the profile URL, and the spreader’s username.
2. To report an account: on the profile, three dots → Report, and pick the best-fitting reason.
3. Add a description and evidence images to the report, such as screenshots of the profile or of chats.
4. To report a video: press and hold the video or tap the share arrow → Report, then follow the instructions.
5. To report a comment below a video: select the comment (press and hold) → Report.
6. Also use TikTok’s web form: it sends updates on the report by e-mail or text message.
7. No result: send a DSA notice (Article 16).
8. Record in Vangnet the route, the ticket number and TikTok’s decision.$g$,
        50);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('X', 'X (Twitter)', 'X', 'IN_APP,WEB_FORM,DSA_NOTICE', 5, null,
        'https://help.x.com/forms/private_information',
        $g$Beelden die uit wraak of voor geld verspreid worden, mag iedereen melden; andere alleen de betrokkene. Het Instituut kan namens de cliënt optreden.$g$,
        $g$Les images diffusées par vengeance ou pour de l’argent peuvent être signalées par tout le monde ; les autres seulement par la personne concernée. L’Institut peut agir au nom de la personne.$g$,
        $g$Images shared out of revenge or for profit may be reported by anyone; other images only by the person concerned. The institute can act on the client’s behalf.$g$,
        $g$1. Bewijs eerst: screenshot van elke post met X en de datum in beeld. Bewaar de URL van elke post en de gebruikersnaam (@…) van de verspreider.
2. In de app of op de website: drie puntjes bij de post → Post rapporteren.
3. Kies achtereenvolgens: gevoelige foto of video → onbevoegde foto of video → onbevoegde, intieme content van mij of van iemand anders, en geef aan namens wie je meldt.
4. Selecteer de posts: maximaal 5 per melding. Meer posts? Maak extra meldingen.
5. Of gebruik het formulier voor privégegevens (help.x.com) met de optie An unauthorized photo or video.
6. Wie mag melden, hangt af van het motief: bij wraak of winst iedereen, anders alleen de betrokkene. Bij twijfel: escaleer naar het Instituut, dat namens de cliënt kan optreden.
7. X kan om een identiteitsbewijs vragen: bespreek vooraf met de cliënt wat die wil delen.
8. Geen resultaat: stuur een DSA-melding (artikel 16).
9. Noteer in Vangnet de route, het ticketnummer en de beslissing van X.$g$,
        $g$1. D’abord les preuves : capture d’écran de chaque post avec X et la date visibles. Notez l’URL de chaque post et le nom d’utilisateur (@…) de la personne qui diffuse.
2. Dans l’app ou sur le site : trois points à côté du post → Signaler le post.
3. Choisissez successivement : photo ou vidéo sensible → photo ou vidéo non autorisée → contenu intime non autorisé de moi ou de quelqu’un d’autre, puis indiquez au nom de qui vous signalez.
4. Sélectionnez les posts : 5 au maximum par signalement. Plus de posts ? Faites d’autres signalements.
5. Ou utilisez le formulaire pour les informations privées (help.x.com) avec l’option An unauthorized photo or video.
6. Qui peut signaler dépend du motif : vengeance ou profit, tout le monde ; sinon, seulement la personne concernée. En cas de doute, escaladez vers l’Institut, qui peut agir au nom de la personne.
7. X peut demander une pièce d’identité : voyez d’abord avec la personne ce qu’elle veut partager.
8. Pas de résultat : envoyez une notification DSA (article 16).
9. Dans Vangnet, notez la voie utilisée, le numéro de ticket et la décision de X.$g$,
        $g$1. Evidence first: a screenshot of each post with X and the date visible. Save the URL of each post and the spreader’s username (@…).
2. In the app or on the website: three dots next to the post → Report post.
3. Choose in turn: sensitive photo or video → unauthorised photo or video → unauthorised intimate content of me or someone else, then say on whose behalf you report.
4. Select the posts: at most 5 per report. More posts? File more reports.
5. Or use the private information form (help.x.com) with the option An unauthorized photo or video.
6. Who may report depends on the motive: revenge or profit, anyone; otherwise only the person concerned. When in doubt, escalate to the institute, which can act on the client’s behalf.
7. X may ask for proof of identity: agree with the client beforehand what they want to share.
8. No result: send a DSA notice (Article 16).
9. Record in Vangnet the route, the ticket number and X’s decision.$g$,
        60);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('WHATSAPP', 'WhatsApp', 'WHATSAPP', 'IN_APP,EMAIL', null, null,
        'https://faq.whatsapp.com',
        $g$Versleutelde gesprekken kunnen niet offline gehaald worden: meld of blokkeer het contact of de groep.$g$,
        $g$Les conversations chiffrées ne peuvent pas être supprimées : signalez ou bloquez le contact ou le groupe.$g$,
        $g$Encrypted chats cannot be taken down: report or block the contact or the group.$g$,
        $g$1. Bewijs eerst: screenshot van het gesprek of de groep met WhatsApp en de datum in beeld. Noteer het telefoonnummer van de afzender en de naam van de groep.
2. Leg de cliënt uit dat gesprekken versleuteld zijn: WhatsApp kan beelden op de toestellen van anderen niet verwijderen. Bij een melding krijgt WhatsApp wel de laatste berichten door en kan het de afzender blokkeren.
3. Android: open het gesprek → drie puntjes → Meer → Blokkeren of Rapporteren. Allebei? Kies Blokkeren, bevestig en kies dan Rapporteren en blokkeren.
4. iPhone: open het gesprek, tik op de naam van het contact en scrol naar beneden tot Rapporteren.
5. Een groep: open de groep → groepsinfo → onderaan Groep rapporteren.
6. Wil de cliënt de situatie uitleggen of screenshots toevoegen: Instellingen → Help → Contact opnemen. Het antwoord komt per e-mail.
7. Noteer in Vangnet het nummer of de groep, de route, het ticketnummer en het antwoord van WhatsApp.$g$,
        $g$1. D’abord les preuves : capture d’écran de la conversation ou du groupe avec WhatsApp et la date visibles. Notez le numéro de téléphone de l’expéditeur et le nom du groupe.
2. Expliquez à la personne que les conversations sont chiffrées : WhatsApp ne peut pas supprimer des images sur les appareils d’autrui. Un signalement transmet toutefois les derniers messages à WhatsApp, qui peut bannir l’expéditeur.
3. Android : ouvrez la conversation → trois points → Plus → Bloquer ou Signaler. Les deux ? Choisissez Bloquer, confirmez, puis Signaler et bloquer.
4. iPhone : ouvrez la conversation, touchez le nom du contact et faites défiler jusqu’à Signaler.
5. Un groupe : ouvrez le groupe → Infos du groupe → tout en bas, Signaler le groupe.
6. Pour expliquer la situation ou joindre des captures d’écran : Paramètres → Aide → Nous contacter. La réponse arrive par e-mail.
7. Dans Vangnet, notez le numéro ou le groupe, la voie utilisée, le numéro de ticket et la réponse de WhatsApp.$g$,
        $g$1. Evidence first: a screenshot of the chat or group with WhatsApp and the date visible. Note the sender’s phone number and the group name.
2. Explain to the client that chats are encrypted: WhatsApp cannot delete images on other people’s phones. A report does pass the latest messages to WhatsApp, which can ban the sender.
3. Android: open the chat → three dots → More → Block or Report. Both? Choose Block, confirm, then Report and block.
4. iPhone: open the chat, tap the contact’s name and scroll down to Report.
5. A group: open the group → Group info → at the bottom, Report group.
6. To explain the situation or add screenshots: Settings → Help → Contact us. The answer comes by e-mail.
7. Record in Vangnet the number or group, the route, the ticket number and WhatsApp’s answer.$g$,
        70);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('DISCORD', 'Discord', 'DISCORD', 'WEB_FORM,DSA_NOTICE', null, 'en',
        'https://discord.com/safety',
        $g$Iedereen kan melden, op voorwaarde dat de ID’s van gebruiker, kanaal, bericht en eventueel server bekend zijn.$g$,
        $g$Tout le monde peut signaler, à condition de connaître les identifiants de l’utilisateur, du salon, du message et, le cas échéant, du serveur.$g$,
        $g$Anyone can report, provided they have the IDs of the user, channel, message and, where relevant, server.$g$,
        $g$1. Bewijs eerst: screenshots met Discord en de datum in beeld. Let op: screenshots alleen worden niet aanvaard, Discord heeft de ID’s nodig.
2. Zet in Discord de ontwikkelaarsmodus aan (Instellingen → Geavanceerd). Daarna kan je ID’s kopiëren met rechtsklik of lang indrukken.
3. Verzamel de gebruikers-ID (17 tot 19 cijfers, niet de gebruikersnaam), de kanaal-ID (ook privégesprekken hebben er een) en de bericht-ID of berichtlink.
4. Gaat het om een server, voeg ook de server-ID toe. Bij veel berichten volstaan de ID’s van enkele berichten uit het gesprek.
5. Meld via het Trust & Safety-centrum: beschrijf het probleem in het Engels en voeg alle ID’s toe.
6. Zonder ID’s kan Discord niets onderzoeken: ontbreken ze, zoek ze eerst samen met de cliënt op.
7. Geen resultaat: stuur een DSA-melding (artikel 16).
8. Noteer in Vangnet de ID’s, het ticketnummer en de beslissing van Discord.$g$,
        $g$1. D’abord les preuves : captures d’écran avec Discord et la date visibles. Attention : des captures seules ne sont pas acceptées, Discord a besoin des identifiants (ID).
2. Activez dans Discord le mode développeur (Paramètres → Avancés). Vous pouvez ensuite copier les ID par clic droit ou appui long.
3. Rassemblez l’ID de l’utilisateur (17 à 19 chiffres, pas le nom d’utilisateur), l’ID du salon (les messages privés en ont aussi un) et l’ID ou le lien du message.
4. S’il s’agit d’un serveur, ajoutez son ID. Pour de nombreux messages, les ID de quelques messages de la conversation suffisent.
5. Signalez via le centre Trust & Safety : décrivez le problème en anglais et ajoutez tous les ID.
6. Sans ID, Discord ne peut pas enquêter : s’il en manque, cherchez-les d’abord avec la personne.
7. Pas de résultat : envoyez une notification DSA (article 16).
8. Dans Vangnet, notez les ID, le numéro de ticket et la décision de Discord.$g$,
        $g$1. Evidence first: screenshots with Discord and the date visible. Note: screenshots alone are not accepted, Discord needs the IDs.
2. Turn on Developer Mode in Discord (Settings → Advanced). You can then copy IDs by right-clicking or pressing and holding.
3. Collect the user ID (17 to 19 digits, not the username), the channel ID (direct messages have one too) and the message ID or message link.
4. If a server is involved, add the server ID. For many messages, the IDs of a few messages from the conversation are enough.
5. Report through the Trust & Safety centre: describe the problem in English and add all the IDs.
6. Without IDs Discord cannot investigate: if any are missing, look them up with the client first.
7. No result: send a DSA notice (Article 16).
8. Record in Vangnet the IDs, the ticket number and Discord’s decision.$g$,
        80);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('GOOGLE_SEARCH', 'Google Search', 'GOOGLE_SEARCH', 'WEB_FORM,DSA_NOTICE', null, null,
        'https://support.google.com/websearch/answer/6302812',
        $g$De persoon in beeld of een gemachtigde vertegenwoordiger; die legt uit waarom die namens de persoon optreedt.$g$,
        $g$La personne représentée ou un représentant autorisé, qui explique à quel titre il agit pour elle.$g$,
        $g$The person shown or an authorised representative, who explains why they may act for them.$g$,
        $g$1. Bewijs eerst: screenshot van de zoekresultaten met Google en de datum in beeld. Bewaar de URL van de resultatenpagina (google.com/search?q=…) en de URL van de pagina waar het beeld zelf staat.
2. Leg de cliënt uit: Google haalt het resultaat uit de zoekresultaten (de-indexering), het beeld blijft op de website zelf staan.
3. Vul het Google-formulier voor het verwijderen van expliciete of intieme beelden in. Google bekijkt alleen de URL’s in het formulier: vermeld ze dus allemaal.
4. De cliënt of een gemachtigde vertegenwoordiger dient de aanvraag in; een vertegenwoordiger legt uit waarom die namens de cliënt optreedt.
5. Vraag tegelijk de verwijdering aan bij de website of de host zelf (zie Andere website / hostingprovider).
6. Geen resultaat: stuur een DSA-melding (artikel 16).
7. Noteer in Vangnet de route, de bevestigingsmail en de beslissing van Google.$g$,
        $g$1. D’abord les preuves : capture d’écran des résultats de recherche avec Google et la date visibles. Notez l’URL de la page de résultats (google.com/search?q=…) et l’URL de la page où se trouve l’image.
2. Expliquez à la personne que Google retire le résultat de la recherche (déréférencement) : l’image reste sur le site lui-même.
3. Remplissez le formulaire de Google pour la suppression d’images explicites ou intimes. Google n’examine que les URL indiquées dans le formulaire : mentionnez-les toutes.
4. La personne ou un représentant autorisé introduit la demande ; le représentant explique à quel titre il agit pour elle.
5. Demandez en parallèle le retrait au site ou à l’hébergeur (voir Autre site web / hébergeur).
6. Pas de résultat : envoyez une notification DSA (article 16).
7. Dans Vangnet, notez la voie utilisée, l’e-mail de confirmation et la décision de Google.$g$,
        $g$1. Evidence first: a screenshot of the search results with Google and the date visible. Save the URL of the results page (google.com/search?q=…) and the URL of the page where the image itself is.
2. Explain to the client: Google removes the result from search (de-indexing); the image stays on the website itself.
3. Fill in Google’s form for removing explicit or intimate images. Google only reviews the URLs in the form, so list them all.
4. The client or an authorised representative submits the request; a representative explains why they may act for the client.
5. At the same time, ask the website or its host to remove the content (see Other website / hosting provider).
6. No result: send a DSA notice (Article 16).
7. Record in Vangnet the route, the confirmation e-mail and Google’s decision.$g$,
        90);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('ADULT_SITE', 'Pornosites (bv. Aylo)', 'URL', 'WEB_FORM,PRIORITY_CHANNEL,DSA_NOTICE', null, null,
        null,
        $g$De persoon in beeld of iemand die namens die persoon optreedt, gebruikt het verwijderformulier. Ngo’s kunnen via het trusted-flaggerprogramma melden.$g$,
        $g$La personne représentée ou quelqu’un qui agit en son nom utilise le formulaire de retrait. Les ONG peuvent signaler via le programme de signaleurs de confiance.$g$,
        $g$The person shown or someone acting for them uses the removal form. NGOs can report through the trusted-flagger programme.$g$,
        $g$1. Bewijs eerst: screenshot met de naam van de site en de datum in beeld. Bewaar de URL van elke video of foto en de naam van het account dat ze uploadde.
2. Zoek het verwijderformulier van de site (vaak onderaan de pagina, bv. Content removal) en vermeld alle URL’s en dat er geen toestemming was.
3. Grote sites zoals die van Aylo hebben een trusted-flaggerprogramma voor ngo’s: meldingen langs die weg krijgen voorrang.
4. Is je organisatie geen trusted flagger, escaleer dan via Vangnet naar het Instituut.
5. Geen reactie: stuur de site een DSA-melding (artikel 16).
6. Kijk ook na of dezelfde beelden op andere sites staan, en registreer die als aparte aanvragen.
7. Noteer in Vangnet de route, het ticketnummer en de beslissing van de site.$g$,
        $g$1. D’abord les preuves : capture d’écran avec le nom du site et la date visibles. Notez l’URL de chaque vidéo ou photo et le nom du compte qui l’a mise en ligne.
2. Cherchez le formulaire de retrait du site (souvent en bas de page, p. ex. Content removal) et indiquez toutes les URL ainsi que l’absence de consentement.
3. Les grands sites comme ceux d’Aylo ont un programme de signaleurs de confiance pour les ONG : les signalements par cette voie sont prioritaires.
4. Si votre organisation n’est pas signaleur de confiance, escaladez via Vangnet vers l’Institut.
5. Pas de réaction : envoyez au site une notification DSA (article 16).
6. Vérifiez aussi si les mêmes images se trouvent sur d’autres sites et enregistrez-les comme demandes distinctes.
7. Dans Vangnet, notez la voie utilisée, le numéro de ticket et la décision du site.$g$,
        $g$1. Evidence first: a screenshot with the site name and the date visible. Save the URL of each video or photo and the name of the account that uploaded it.
2. Find the site’s removal form (often at the bottom of the page, e.g. Content removal) and give all URLs and the fact that there was no consent.
3. Large sites such as Aylo’s have a trusted-flagger programme for NGOs: reports through it get priority.
4. If your organisation is not a trusted flagger, escalate in Vangnet to the institute.
5. No reaction: send the site a DSA notice (Article 16).
6. Also check whether the same images are on other sites, and record those as separate requests.
7. Record in Vangnet the route, the ticket number and the site’s decision.$g$,
        100);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('REDDIT', 'Reddit', 'URL_OR_HANDLE', 'IN_APP,WEB_FORM,DSA_NOTICE', null, 'en',
        'https://www.reddit.com/report',
        null, null, null,
        $g$1. Bewijs eerst: screenshot met Reddit en de datum in beeld. Bewaar de link naar de post of reactie (Share → Copy link), de gebruikersnaam (u/…) en de subreddit (r/…).
2. Schrijf de melding en de uitleg in het Engels.
3. In de app of op de website: drie puntjes bij de post of reactie → Report → Non-consensual intimate media, en volg de stappen.
4. Of gebruik het webformulier op reddit.com/report en vermeld alle links.
5. Plaatste dezelfde gebruiker meerdere posts, meld dan ook het account.
6. Geen resultaat: stuur een DSA-melding (artikel 16).
7. Noteer in Vangnet de route, het ticketnummer en de beslissing van Reddit.$g$,
        $g$1. D’abord les preuves : capture d’écran avec Reddit et la date visibles. Notez le lien vers le post ou le commentaire (Share → Copy link), le nom d’utilisateur (u/…) et le subreddit (r/…).
2. Rédigez le signalement et les explications en anglais.
3. Dans l’app ou sur le site : trois points à côté du post ou du commentaire → Report → Non-consensual intimate media, puis suivez les étapes.
4. Ou utilisez le formulaire web sur reddit.com/report en indiquant tous les liens.
5. Si le même utilisateur a publié plusieurs posts, signalez aussi le compte.
6. Pas de résultat : envoyez une notification DSA (article 16).
7. Dans Vangnet, notez la voie utilisée, le numéro de ticket et la décision de Reddit.$g$,
        $g$1. Evidence first: a screenshot with Reddit and the date visible. Save the link to the post or comment (Share → Copy link), the username (u/…) and the subreddit (r/…).
2. Write the report and the explanation in English.
3. In the app or on the website: three dots next to the post or comment → Report → Non-consensual intimate media, then follow the steps.
4. Or use the web form at reddit.com/report and list all the links.
5. If the same user posted several times, report the account too.
6. No result: send a DSA notice (Article 16).
7. Record in Vangnet the route, the ticket number and Reddit’s decision.$g$,
        110);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('TELEGRAM', 'Telegram', 'URL_OR_HANDLE', 'IN_APP,EMAIL', null, null,
        'https://telegram.org/faq',
        null, null, null,
        $g$1. Bewijs eerst: screenshot met Telegram en de datum in beeld. Bewaar de gebruikersnaam (@…), de naam en link (t.me/…) van het kanaal of de groep, en waar mogelijk de link naar het bericht.
2. In de app: houd het bericht ingedrukt (Android: tik erop) → Rapporteren, en kies de passende reden.
3. Een kanaal, groep of gebruiker melden: open het profiel → drie puntjes → Rapporteren.
4. Stuur daarnaast een e-mail naar abuse@telegram.org met de links, een korte uitleg dat de beelden zonder toestemming verspreid worden, en de screenshots.
5. Er komt niet altijd een antwoord: kijk na enkele dagen zelf na of de inhoud nog online staat.
6. Noteer in Vangnet de route, de datum van de e-mail, een eventueel ticketnummer en de beslissing of wat je zelf vaststelde.$g$,
        $g$1. D’abord les preuves : capture d’écran avec Telegram et la date visibles. Notez le nom d’utilisateur (@…), le nom et le lien (t.me/…) de la chaîne ou du groupe et, si possible, le lien du message.
2. Dans l’app : appui long sur le message (Android : touchez-le) → Signaler, puis choisissez le motif adapté.
3. Signaler une chaîne, un groupe ou un utilisateur : ouvrez le profil → trois points → Signaler.
4. Envoyez aussi un e-mail à abuse@telegram.org avec les liens, une brève explication de la diffusion sans consentement et les captures d’écran.
5. Une réponse n’arrive pas toujours : vérifiez vous-même après quelques jours si le contenu est encore en ligne.
6. Dans Vangnet, notez la voie utilisée, la date de l’e-mail, l’éventuel numéro de ticket et la décision ou ce que vous avez constaté.$g$,
        $g$1. Evidence first: a screenshot with Telegram and the date visible. Save the username (@…), the name and link (t.me/…) of the channel or group and, where possible, the message link.
2. In the app: press and hold the message (Android: tap it) → Report, and pick the fitting reason.
3. To report a channel, group or user: open the profile → three dots → Report.
4. Also send an e-mail to abuse@telegram.org with the links, a short explanation that the images are shared without consent, and the screenshots.
5. An answer does not always come: check yourselves after a few days whether the content is still online.
6. Record in Vangnet the route, the date of the e-mail, any ticket number, and the decision or what you found.$g$,
        120);

insert into platform (code, name, profile, routes, max_items_per_report, report_language, report_url,
                      who_may_report_nl, who_may_report_fr, who_may_report_en,
                      guidance_nl, guidance_fr, guidance_en, sort_order)
values ('OTHER_HOST', 'Andere website / hostingprovider', 'URL', 'EMAIL,DSA_NOTICE,COURT_ORDER', null, null,
        null,
        $g$Iedereen kan een DSA-melding aan de host sturen. Het dringend rechterlijk bevel vraagt de cliënt (meestal met een advocaat) of het Instituut met toestemming van de cliënt.$g$,
        $g$Tout le monde peut envoyer une notification DSA à l’hébergeur. L’ordonnance urgente est demandée par la personne (généralement avec un avocat) ou par l’Institut avec son accord.$g$,
        $g$Anyone can send a DSA notice to the host. The urgent court order is requested by the client (usually with a lawyer) or by the institute with the client’s consent.$g$,
        $g$1. Bewijs eerst: screenshot van de pagina met de URL en de datum in beeld. Bewaar de exacte URL van elke pagina en elk beeld.
2. Zoek op de site zelf een meld- of contactadres (contact, abuse, content removal) en vraag de verwijdering per e-mail.
3. Zoek de hostingprovider via een whois-opzoeking van het domein of het IP-adres. Noteer de naam en het abuse-adres van de host.
4. Stuur de host een melding volgens artikel 16 DSA: waarom de inhoud onwettig is (verspreiding van seksuele beelden zonder toestemming is in België strafbaar), de exacte URL’s, naam en e-mail van de melder, en een verklaring van goede trouw.
5. De host moet de ontvangst bevestigen en zijn beslissing motiveren. Tegen die beslissing kan je minstens 6 maanden opkomen.
6. Geen resultaat of spoed: bespreek met het Instituut een dringend verzoek aan de voorzitter van de rechtbank van eerste aanleg. Het bevel geeft 6 uur om de beelden te verwijderen.
7. Noteer in Vangnet de host, de datum van de melding, het ticketnummer, de beslissing en bij een rechterlijk bevel het tijdstip van betekening.$g$,
        $g$1. D’abord les preuves : capture d’écran de la page avec l’URL et la date visibles. Notez l’URL exacte de chaque page et de chaque image.
2. Cherchez sur le site une adresse de contact ou de signalement (contact, abuse, content removal) et demandez le retrait par e-mail.
3. Trouvez l’hébergeur par une recherche whois sur le domaine ou l’adresse IP. Notez son nom et son adresse abuse.
4. Envoyez à l’hébergeur une notification selon l’article 16 du DSA : pourquoi le contenu est illicite (la diffusion d’images sexuelles sans consentement est punissable en Belgique), les URL exactes, le nom et l’e-mail de l’auteur de la notification et une déclaration de bonne foi.
5. L’hébergeur doit accuser réception et motiver sa décision. Cette décision peut être contestée pendant au moins 6 mois.
6. Pas de résultat ou urgence : voyez avec l’Institut une demande urgente au président du tribunal de première instance. L’ordonnance laisse 6 heures pour retirer les images.
7. Dans Vangnet, notez l’hébergeur, la date de la notification, le numéro de ticket, la décision et, pour une ordonnance, le moment de sa signification.$g$,
        $g$1. Evidence first: a screenshot of the page with the URL and the date visible. Save the exact URL of every page and every image.
2. Look on the site for a contact or reporting address (contact, abuse, content removal) and ask for removal by e-mail.
3. Find the hosting provider with a whois lookup of the domain or IP address. Note its name and abuse address.
4. Send the host a notice under Article 16 of the DSA: why the content is illegal (sharing sexual images without consent is a crime in Belgium), the exact URLs, the notifier’s name and e-mail, and a statement of good faith.
5. The host must confirm receipt and give reasons for its decision. That decision can be challenged for at least 6 months.
6. No result or urgent: discuss with the institute an urgent application to the president of the court of first instance. The order gives 6 hours to remove the images.
7. Record in Vangnet the host, the date of the notice, the ticket number, the decision and, for a court order, when it was served.$g$,
        130);
