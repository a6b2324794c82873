-- Neovim 0.7 starting Grounded as the README's Neovim section says: `init_options = { corpusPaths = { … } }`
-- (Neovim 0.7 does not answer workspace/configuration). Waits for the corpus's last status and writes the statuses
-- and the messages the server showed to a JSON file.
-- Environment: GROUNDED_SERVER (dist/server.js), GROUNDED_ROOT (the project folder, root_dir), GROUNDED_CORPUS
-- (a corpus path relative to it; unset: no init_options), GROUNDED_OUT (the JSON file to write).
-- Run by test/e2e/neovim.test.ts.
local server = assert(os.getenv('GROUNDED_SERVER'), 'GROUNDED_SERVER is not set')
local root = assert(os.getenv('GROUNDED_ROOT'), 'GROUNDED_ROOT is not set')
local corpus = os.getenv('GROUNDED_CORPUS')
local out = assert(os.getenv('GROUNDED_OUT'), 'GROUNDED_OUT is not set')

local result = { statuses = {}, messages = {}, prompts = {} }
local settled = false

local client_id = vim.lsp.start_client({
  name = 'grounded',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  init_options = corpus and { corpusPaths = { corpus } } or nil,
  handlers = {
    ['grounded/status'] = function(_, status)
      table.insert(result.statuses, status)
      if status.state == 'error' or (status.state == 'ready' and not status.entitiesPending) then settled = true end
    end,
    ['window/showMessage'] = function(_, params)
      table.insert(result.messages, params)
    end,
    -- Neovim's own handler blocks on a prompt; record one instead, so a test can say none came.
    ['window/showMessageRequest'] = function(_, params)
      table.insert(result.prompts, params)
      return vim.NIL
    end,
  },
})
assert(client_id, 'the language server did not start')

vim.wait(30000, function() return settled end, 50)
-- A message comes after the status that ends a build: wait for it when one is expected.
vim.wait(5000, function() return #result.messages > 0 or #result.prompts > 0 end, 50)

local file = assert(io.open(out, 'w'))
file:write(vim.fn.json_encode(result))
file:close()

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 50)
vim.cmd('qall!')
