// The log bench's floor: an extension page that shows one line and does nothing else (no
// database, no catalogue, no framework), so that what the log page's first paint costs beyond
// opening any extension page on this machine, at this moment, can be told apart.
const line = document.createElement('p');
line.className = 'paint-floor';
line.textContent = 'Constat';
document.body.append(line);
